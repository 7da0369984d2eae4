//! The README's rule table is generated from the registry; this test fails
//! when they drift. `UPDATE_README=1 cargo test --test readme` rewrites it.

use copydesk::checks::RULES;

const START: &str = "<!-- rules:start -->";
const END: &str = "<!-- rules:end -->";

fn table() -> String {
    let mut out = String::from("| code | default | what it flags |\n| --- | --- | --- |\n");
    for rule in RULES {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            rule.code,
            rule.default_severity.as_str(),
            rule.summary().replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn readme_rule_table_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the {START} ... {END} markers");
    };
    let current = &readme[a + START.len()..b];
    let wanted = format!("\n{}", table());
    if current != wanted {
        if std::env::var_os("UPDATE_README").is_some() {
            let updated = format!("{}{wanted}{}", &readme[..a + START.len()], &readme[b..]);
            std::fs::write(&path, updated).expect("write README.md");
        } else {
            panic!("README rule table is stale; run UPDATE_README=1 cargo test --test readme\nwanted:\n{wanted}");
        }
    }
}

/// The VS Code extension offers a setting for exactly the registry's rules
/// (regenerate with `npm run gen-settings` in editors/vscode).
#[test]
fn vscode_rule_settings_match_the_registry() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode/package.json");
    let pkg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("package.json")).expect("JSON");
    let props = &pkg["contributes"]["configuration"]["properties"]["copydesk.rules"]["properties"];
    let mut listed: Vec<&str> = props.as_object().expect("rule settings").keys().map(String::as_str).collect();
    let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
    listed.sort_unstable();
    codes.sort_unstable();
    assert_eq!(listed, codes, "editors/vscode/package.json is stale: run `npm run gen-settings` there");
    for rule in RULES {
        assert_eq!(props[rule.code]["default"], rule.default_severity.as_str(), "{}", rule.code);
    }
}
