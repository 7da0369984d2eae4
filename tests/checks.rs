//! Every rule against its fixtures in `tests/fixtures/checks/`:
//! `<family>__<name>__flagged.txt` must raise the rule (the findings are
//! snapshotted as a user sees them), `<family>__<name>__clean.txt` must
//! raise nothing at all. Every rule has both. A check that reads the head of
//! an article (the dateline) cannot show three languages in one file, so
//! `__flagged.ru.txt` / `__clean.ar.txt` add one per language. Fixes are applied until the
//! text stops changing: the finding must be gone and only the fixed spans
//! may differ.

use copydesk::checks::{Applicability, RULES};
use copydesk::fix::apply_all;
use copydesk::report::{Emitter, FileReport, Human, Mode, Outcome};
use copydesk::text::LineIndex;
use copydesk::{Context, Severity, analyze};
use std::path::Path;

fn fixtures() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/checks");
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(e.path()).expect("fixture");
            let stem = name.trim_end_matches(".txt").to_string();
            (stem, name, text)
        })
        .collect();
    out.sort();
    out
}

/// "flagged" or "clean", without a language suffix.
fn kind_of(stem: &str) -> &str {
    let kind = stem.split("__").nth(2).unwrap_or("");
    kind.split('.').next().unwrap_or(kind)
}

fn code_of(stem: &str) -> String {
    let mut parts = stem.split("__");
    format!("{}/{}", parts.next().unwrap_or(""), parts.next().unwrap_or(""))
}

fn render(name: &str, text: &str) -> String {
    let analysis = analyze(text, &Context::default());
    let report = FileReport {
        path: format!("tests/fixtures/checks/{name}"),
        outcome: Outcome::Analysed { text: text.to_string(), analysis, index: LineIndex::new(text) },
    };
    let mut out = Vec::new();
    Human { color: false }.emit(&mut out, &[report], Mode::Check).expect("render");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn every_rule_has_a_flagged_and_a_clean_fixture() {
    let stems: Vec<String> = fixtures().into_iter().map(|(s, _, _)| s).collect();
    for rule in RULES {
        for kind in ["flagged", "clean"] {
            assert!(
                stems.iter().any(|s| code_of(s) == rule.code && kind_of(s) == kind),
                "{} has no {kind} fixture",
                rule.code
            );
        }
    }
    for stem in &stems {
        assert!(matches!(kind_of(stem), "flagged" | "clean"), "{stem}: neither flagged nor clean");
    }
}

#[test]
fn flagged_fixtures_raise_their_rule() {
    for (stem, name, text) in fixtures().into_iter().filter(|(s, _, _)| kind_of(s) == "flagged") {
        let code = code_of(&stem);
        let analysis = analyze(&text, &Context::default());
        assert!(analysis.findings.iter().any(|f| f.code == code), "{name} does not raise {code}");
        insta::assert_snapshot!(stem.clone(), render(&name, &text));
    }
}

#[test]
fn clean_fixtures_raise_nothing() {
    for (stem, name, text) in fixtures().into_iter().filter(|(s, _, _)| kind_of(s) == "clean") {
        let analysis = analyze(&text, &Context::default());
        let loud: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Info)
            .map(|f| (f.code, f.message.clone()))
            .collect();
        assert!(loud.is_empty(), "{stem}: {loud:?}");
        let _ = name;
    }
}

#[test]
fn fixes_converge_and_touch_only_their_spans() {
    for (stem, name, text) in fixtures() {
        let code = code_of(&stem);
        let ctx = Context::default();
        let before = analyze(&text, &ctx);
        let fixable: Vec<_> = before.findings.iter().filter(|f| f.code == code && f.fix.is_some()).collect();
        if fixable.is_empty() {
            continue;
        }
        let fixed = apply_all(&text, &ctx, Applicability::Unsafe);
        assert!(fixed.applied >= fixable.len(), "{name}: {} fixes applied", fixed.applied);
        let after = analyze(&fixed.text, &ctx);
        assert!(
            !after.findings.iter().any(|f| f.code == code),
            "{name}: {code} still raised after fixing:\n{}",
            fixed.text
        );
        // Outside the edited spans the text is unchanged: compare the
        // common prefix and suffix with the edits' extent.
        let first =
            fixable.iter().flat_map(|f| f.fix.as_ref().unwrap().edits.iter()).map(|e| e.span.start).min().unwrap();
        let last = fixable.iter().flat_map(|f| f.fix.as_ref().unwrap().edits.iter()).map(|e| e.span.end).max().unwrap();
        assert_eq!(&fixed.text[..first], &text[..first], "{name}: text before the fixes changed");
        let tail = text.len() - last;
        assert_eq!(&fixed.text[fixed.text.len() - tail..], &text[last..], "{name}: text after the fixes changed");
    }
}
