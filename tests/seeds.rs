//! The annotate JSON of every seed, as insta snapshots. Each snapshot was
//! read by hand: it is a claim that these entities, spans and values are
//! right (the misses are listed by `tests/eval.rs`).

use std::process::Command;

fn annotate(seed: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["annotate", "--format", "json", &format!("seeds/{seed}")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("copydesk runs");
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8_lossy(&out.stdout).replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[test]
fn seed_000() {
    insta::assert_snapshot!(annotate("000_e857ee8c00498cd5.txt"));
}

#[test]
fn seed_001() {
    insta::assert_snapshot!(annotate("001_9517d61872dd36b8.txt"));
}

#[test]
fn seed_002() {
    insta::assert_snapshot!(annotate("002_adb4616c7cf76855.txt"));
}

#[test]
fn seed_003() {
    insta::assert_snapshot!(annotate("003_5d4062198c4cec68.txt"));
}

#[test]
fn seed_004() {
    insta::assert_snapshot!(annotate("004_675cf598d3944afe.txt"));
}
