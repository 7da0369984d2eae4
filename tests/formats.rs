//! One fixture through every output format, snapshotted with its exit
//! code: reviewers see exactly what users and CI systems see.

use std::process::Command;

fn run(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", format, "--color", "never", "tests/fixtures/formats/article.txt"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("copydesk runs");
    let stdout = String::from_utf8_lossy(&out.stdout).replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
    format!("exit: {:?}\n{stdout}", out.status.code())
}

#[test]
fn human() {
    insta::assert_snapshot!(run("human"));
}

#[test]
fn json() {
    insta::assert_snapshot!(run("json"));
}

#[test]
fn sarif() {
    insta::assert_snapshot!(run("sarif"));
}

#[test]
fn github() {
    insta::assert_snapshot!(run("github"));
}

#[test]
fn junit() {
    insta::assert_snapshot!(run("junit"));
}

#[test]
fn html() {
    insta::assert_snapshot!(run("html"));
}
