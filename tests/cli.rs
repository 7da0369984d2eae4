//! The `copydesk` command as CI runs it: exit codes, reports, bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn copydesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("copydesk runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh folder under the target directory, removed and recreated.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is JSON ({e}): {}", stdout(o)))
}

#[test]
fn seeds_are_clean() {
    let out = copydesk(&["check", "seeds/"]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("5 files checked: no findings"), "{text}");
}

#[test]
fn a_wrong_weekday_fails_the_check_with_evidence_and_a_fix() {
    let dir = scratch("weekday");
    let file = dir.join("a.txt");
    std::fs::write(&file, "The talks took place on Monday, 16 June 2024, in Baku.\n").unwrap();
    let out = copydesk(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains(":1:25: warning[date/weekday-mismatch]: 16 June 2024 was a Sunday, not a Monday"), "{text}");
    assert!(text.contains("fix: Replace with \"Sunday\""), "{text}");
    // Below the threshold, the same finding does not fail the run.
    let out = copydesk(&["check", "--fail-on", "error", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    // Switched off, it is not reported.
    let out = copydesk(&["check", "--ignore", "date", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let out = copydesk(&["check", "--format", "json", file.to_str().unwrap()]);
    let doc = json(&out);
    let d = &doc["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "date/weekday-mismatch");
    assert_eq!(d["severity"], "warning");
    assert_eq!((d["line"].as_u64(), d["col"].as_u64()), (Some(1), Some(25)));
    let edit = &d["fixes"][0]["edits"][0];
    assert_eq!(
        (edit["start"].as_u64(), edit["end"].as_u64(), edit["text"].as_str()),
        (Some(24), Some(30), Some("Sunday"))
    );
}

#[test]
fn invalid_utf8_is_an_error_for_that_file_only() {
    let dir = scratch("utf8");
    std::fs::write(dir.join("a_bad.txt"), b"Qatar \xff\xfe and more").unwrap();
    std::fs::write(dir.join("b_good.txt"), "Azerbaijan and Qatar signed.").unwrap();
    let out = copydesk(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("a_bad.txt") && err.contains("byte offset 6"), "{err}");
    let doc = json(&out);
    let files = doc["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert!(files[0]["error"].as_str().unwrap().contains("byte offset 6"));
    assert_eq!(files[1]["language"], "en", "the good file is still reported");
}

#[test]
fn binary_files_are_skipped_with_a_notice() {
    let dir = scratch("binary");
    std::fs::write(dir.join("blob.txt"), b"\x00\x01\x02PNG").unwrap();
    let out = copydesk(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("binary file"), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 skipped"), "{}", stdout(&out));
}

#[test]
fn odd_input_does_not_panic() {
    let dir = scratch("odd");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("bom.txt"), "\u{FEFF}Qatar, Monday, 16 June 2024\r\rAzerbaijan\r\n").unwrap();
    let mut huge = String::with_capacity(10 << 20);
    while huge.len() < 10 << 20 {
        huge.push_str("Azerbaijan and Qatar traded $1.1 million on 16 June 2024 — أذربيجان و قطر. ");
    }
    std::fs::write(dir.join("huge.txt"), &huge).unwrap();
    let out = copydesk(&["annotate", "--format", "json", dir.to_str().unwrap()]);
    assert!(out.status.code().is_some_and(|c| c <= 1), "{}", stderr(&out));
    let doc = json(&out);
    assert_eq!(doc["files"].as_array().unwrap().len(), 3);
}

#[test]
fn missing_paths_and_bad_flags_exit_2() {
    let out = copydesk(&["check", "no/such/dir"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));
    let out = copydesk(&["check", "--published", "yesterday", "seeds/"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn folders_are_walked_in_a_stable_order() {
    let out = copydesk(&["check", "--format", "json", "seeds/"]);
    let doc = json(&out);
    let paths: Vec<&str> = doc["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert_eq!(paths.len(), 5);
}

#[test]
fn rules_and_explain() {
    let out = copydesk(&["rules"]);
    assert!(stdout(&out).contains("date/weekday-mismatch"));
    let out = copydesk(&["explain", "date/weekday-mismatch"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("## Why it matters"));
    let out = copydesk(&["explain", "date/nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown rule"));
}

#[test]
fn fix_rewrites_only_the_weekday_and_leaves_a_clean_file() {
    let dir = scratch("fix");
    let file = dir.join("a.md");
    let original = "# Talks\r\n\r\nThe talks took place on Monday, 16 June 2024, in Baku — أذربيجان.\r\n";
    std::fs::write(&file, original).unwrap();
    let out = copydesk(&["check", "--diff", file.to_str().unwrap()]);
    assert!(stdout(&out).contains("+The talks took place on Sunday, 16 June 2024"), "{}", stdout(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original, "--diff writes nothing");

    let out = copydesk(&["check", "--fix", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "nothing left after fixing: {}", stdout(&out));
    assert!(stderr(&out).contains("fixed 1 finding"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original.replace("Monday", "Sunday"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file left behind");
}

#[cfg(unix)]
#[test]
fn symlink_loops_dangling_links_and_odd_entries_are_errors_for_themselves_only() {
    use std::os::unix::fs::symlink;
    let dir = scratch("odd-tree");
    std::fs::write(dir.join("talks.txt"), "The talks took place on Monday, 16 June 2024.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::create_dir(dir.join("folder.txt")).unwrap();
    std::fs::write(dir.join("folder.txt").join("inner.md"), "Talks in Baku.\n").unwrap();
    symlink(&dir, dir.join("loop")).unwrap();
    symlink(dir.join("missing.txt"), dir.join("dangling.txt")).unwrap();
    let out = copydesk(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "unreadable entries make the run exit 2: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("loop"), "{err}");
    assert!(err.contains("dangling.txt"), "{err}");
    let report = json(&out);
    let paths: Vec<&str> = report["files"].as_array().unwrap().iter().filter_map(|f| f["path"].as_str()).collect();
    assert!(paths.iter().any(|p| p.ends_with("talks.txt")), "{paths:?}");
    assert!(paths.iter().any(|p| p.ends_with("inner.md")), "{paths:?}");
    let talks = report["files"].as_array().unwrap().iter().find(|f| f["path"].as_str().unwrap().ends_with("talks.txt"));
    assert_eq!(talks.unwrap()["diagnostics"][0]["code"], "date/weekday-mismatch");
}

#[cfg(unix)]
#[test]
fn fixing_through_a_symlink_keeps_the_link_and_the_permissions() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = scratch("fix-link");
    let article = dir.join("article.txt");
    std::fs::write(&article, "The talks took place on Monday, 16 June 2024.\n").unwrap();
    std::fs::set_permissions(&article, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.join("link.txt");
    symlink(&article, &link).unwrap();
    let out = copydesk(&["check", "--fix", link.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert_eq!(std::fs::read_to_string(&article).unwrap(), "The talks took place on Sunday, 16 June 2024.\n");
    assert_eq!(std::fs::metadata(&article).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn unsafe_fixes_need_asking() {
    let dir = scratch("unsafe");
    let file = dir.join("a.txt");
    // No year: the weekday is checked against the publication year, and
    // the fix is unsafe.
    let original = " date 2024-06-20 By Azernews\n\nThe talks took place on Monday, June 16.\n";
    std::fs::write(&file, original).unwrap();
    let out = copydesk(&["check", "--fix", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
    let out = copydesk(&["check", "--fix", "--unsafe-fixes", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(std::fs::read_to_string(&file).unwrap().contains("on Sunday, June 16."));
}

#[test]
fn suppressions_and_config_files() {
    let dir = scratch("suppress");
    std::fs::write(
        dir.join("a.txt"),
        "[copydesk: ignore date/weekday-mismatch]\nOn Monday, 16 June 2024.\n\n[copydesk: ignore date]\nNothing to silence.\n",
    )
    .unwrap();
    let out = copydesk(&["check", "--fail-on", "hint", dir.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(!text.contains("weekday-mismatch]"), "{text}");
    assert!(text.contains("hint[meta/unused-suppression]"), "{text}");
    assert_eq!(out.status.code(), Some(1));

    std::fs::write(dir.join("copydesk.toml"), "[rules]\nignore = [\"meta\"]\n").unwrap();
    let out = copydesk(&["check", "--fail-on", "hint", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    std::fs::write(dir.join("copydesk.toml"), "[rules]\nignore = [\"meta\"]\nseverty = {}\n").unwrap();
    let out = copydesk(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("copydesk.toml:3") && stderr(&out).contains("severty"), "{}", stderr(&out));
}

#[test]
fn per_file_ignores_silence_rules_for_the_files_they_match() {
    let dir = scratch("per-file");
    std::fs::create_dir_all(dir.join("opinion")).unwrap();
    let wrong = "The talks took place on Monday, 16 June 2024.\n";
    std::fs::write(dir.join("news.txt"), wrong).unwrap();
    std::fs::write(dir.join("opinion").join("column.txt"), wrong).unwrap();
    std::fs::write(dir.join("copydesk.toml"), "[rules]\nper-file-ignores = { \"opinion/**\" = [\"date\"] }\n").unwrap();
    let out = copydesk(&["check", "--format", "json", dir.to_str().unwrap()]);
    let report = json(&out);
    let codes = |name: &str| -> Vec<String> {
        let file = report["files"].as_array().unwrap().iter().find(|f| f["path"].as_str().unwrap().ends_with(name));
        file.unwrap()["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes("news.txt"), ["date/weekday-mismatch"]);
    assert!(codes("column.txt").is_empty(), "opinion/** ignores dates");

    std::fs::write(dir.join("copydesk.toml"), "[rules]\nper-file-ignores = { \"opinion/**\" = [\"dates\"] }\n")
        .unwrap();
    let out = copydesk(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("copydesk.toml:2") && stderr(&out).contains("dates"), "{}", stderr(&out));
}

#[test]
fn sarif_and_github_formats() {
    let dir = scratch("formats");
    let file = dir.join("a.txt");
    std::fs::write(&file, "Talks, Monday, 16 June 2024: done, 100% agreed.\n").unwrap();
    let out = copydesk(&["check", "--format", "sarif", file.to_str().unwrap()]);
    let doc = json(&out);
    assert_eq!(doc["version"], "2.1.0");
    let run = &doc["runs"][0];
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().iter().any(|r| r["id"] == "date/weekday-mismatch"));
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "date/weekday-mismatch");
    assert_eq!(result["locations"][0]["physicalLocation"]["region"]["startColumn"], 8);
    assert_eq!(result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"], "Sunday");

    let out = copydesk(&["check", "--format", "github", file.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(text.starts_with("::warning file="), "{text}");
    assert!(
        text.contains(
            ",line=1,col=8,endLine=1,endColumn=28,title=date/weekday-mismatch::16 June 2024 was a Sunday, not a Monday"
        ),
        "{text}"
    );
}

#[test]
fn a_workspace_knowledge_file_teaches_names_and_a_broken_one_fails_the_run() {
    let dir = scratch("overlay");
    std::fs::write(dir.join("copydesk.toml"), "[knowledge]\noverlay = \"newsroom.toml\"\n").unwrap();
    std::fs::write(
        dir.join("newsroom.toml"),
        "[[person]]\nname = \"Sahil Babayev\"\nspellings = [\"Сахиль Бабаев\"]\n\n[[organization]]\nname = \"Azerbaijan Export and Investment Promotion Foundation\"\nacronym = \"AZPROMO\"\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, " date 2024-05-16 By Trend\n\nСахиль Бабаев встретился с главой AZPROMO.\n").unwrap();
    let path = article.to_string_lossy().into_owned();

    let out = copydesk(&["annotate", "--format", "json", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let entities = json(&out)["files"][0]["entities"].as_array().cloned().unwrap_or_default();
    let find = |text: &str| entities.iter().find(|e| e["text"] == text).cloned().unwrap_or_default();
    assert_eq!(find("Сахиль Бабаев")["canonical"], "Sahil Babayev");
    assert_eq!(find("Сахиль Бабаев")["id"], "local:Sahil Babayev");
    assert_eq!(find("AZPROMO")["canonical"], "Azerbaijan Export and Investment Promotion Foundation");
    assert_eq!(find("AZPROMO")["form"], "acronym");

    std::fs::write(dir.join("newsroom.toml"), "[[person]]\nnam = \"Sahil Babayev\"\n").unwrap();
    let out = copydesk(&["check", &path]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("newsroom.toml:2"), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 file checked"), "the article is still checked: {}", stdout(&out));
}
