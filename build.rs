//! Indexes the embedded officials table when the crate is built: where each
//! of its 50,000 lines starts. Found at run time, that was a 5 MB scan in
//! every one-article check's start-up, more than the article's analysis.

use std::path::PathBuf;

fn main() {
    let table = "data/officials.tsv";
    println!("cargo::rerun-if-changed={table}");
    let text = std::fs::read(table).unwrap_or_else(|e| panic!("{table}: {e}"));
    let header_end = text.iter().position(|&b| b == b'\n').map_or(text.len(), |i| i + 1);
    let starts = std::iter::once(header_end)
        .chain(text.iter().enumerate().skip(header_end).filter(|&(_, &b)| b == b'\n').map(|(i, _)| i + 1))
        .filter(|&at| at < text.len());
    let mut bytes = Vec::new();
    for at in starts {
        let at = u32::try_from(at).unwrap_or_else(|_| panic!("{table} is over 4 GB"));
        bytes.extend(at.to_le_bytes());
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("officials-lines.bin"), bytes).unwrap_or_else(|e| panic!("officials-lines.bin: {e}"));
}
