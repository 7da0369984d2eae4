//! Properties over arbitrary input: the analysis never panics, its spans
//! always lie on character boundaries inside the text, an analysis that
//! reuses the one before equals a fresh one, and positions round-trip
//! through every encoding.

use copydesk::text::{LineCol, LineIndex, PositionCursor, PositionEncoding};
use copydesk::{Context, Reuse, analyze, analyze_reusing};
use proptest::prelude::*;

/// Text made of the pieces news copy is made of, glued at random: names,
/// dates, figures, Arabic and Cyrillic, line breaks of every kind, and
/// markup.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Azerbaijan",
        "Qatar's",
        "Monday, 16 June 2024",
        "June 15",
        "$1.1 million",
        "9.6 percent",
        "15%",
        "President Ilham Aliyev",
        "(AZPROMO)",
        "Trend reports",
        "أذربيجان",
        "وقطر",
        "٢٠٢٤",
        "15 июня 2023 года",
        "1,1 млн долларов",
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        " ",
        ". ",
        ", ",
        "<!--",
        "-->",
        "```",
        "---\n",
        "[copydesk: ignore date]",
        "😀",
        "\u{FEFF}",
        "\u{2028}",
        "\0",
        "Mr.",
        "U.S.",
        "-",
        "'",
        "’s",
        "BAKU, 16 May (BelTA) –",
        " date 2021-12-14 By Azernews",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Three seeds one after another: an article long enough to have several
/// blocks of paragraphs, in three languages.
fn three_seeds() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir).expect("seeds/").filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths.iter().take(3).map(|p| std::fs::read_to_string(p).expect("seed")).collect::<Vec<_>>().join("\n\n")
}

/// One edit: where (a fraction of the text), how many bytes it removes, and
/// what it inserts.
fn edit() -> impl Strategy<Value = (prop::sample::Index, usize, String)> {
    (any::<prop::sample::Index>(), 0usize..60, newsy().prop_map(|s| s.chars().take(30).collect()))
}

fn check_analysis(text: &str) {
    let a = analyze(text, &Context::default());
    for m in &a.mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
    for f in &a.findings {
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end) && f.span.end <= text.len());
    }
    for w in a.mentions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "mentions do not overlap");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn analysis_never_panics_on_news_like_text(text in newsy()) {
        check_analysis(&text);
    }

    #[test]
    fn analysis_never_panics_on_any_text(text in any::<String>()) {
        check_analysis(&text);
    }

    #[test]
    fn analysis_never_panics_on_lossy_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_analysis(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn positions_round_trip(text in newsy(), pick in any::<prop::sample::Index>()) {
        let index = LineIndex::new(&text);
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let offset = boundaries[pick.index(boundaries.len())];
        for enc in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
            let pos = index.position(offset, enc);
            // A position inside a CRLF pair is not addressable; it maps to
            // the end of the line.
            let inside_crlf = offset > 0 && text.as_bytes().get(offset - 1) == Some(&b'\r') && text.as_bytes().get(offset) == Some(&b'\n');
            if !inside_crlf {
                prop_assert_eq!(index.offset(pos, enc), offset, "{:?} {:?}", enc, pos);
            }
        }
    }

    #[test]
    fn a_cursor_gives_the_positions_the_index_gives(
        text in newsy(),
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..40),
    ) {
        let index = LineIndex::new(&text);
        // Offsets mostly ascending, as mentions' starts and ends come, with
        // steps back (a mention's end before the next one's start, or a
        // nested one) and offsets inside characters among them.
        let mut offsets: Vec<usize> = picks.iter().map(|p| p.index(text.len() + 1)).collect();
        offsets.sort_unstable();
        for (i, p) in picks.iter().enumerate().filter(|(i, _)| i % 3 == 2) {
            offsets[i] = p.index(text.len() + 1) / 2;
        }
        for enc in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
            let mut cursor = PositionCursor::new(&text, &index, enc);
            for &offset in &offsets {
                prop_assert_eq!(cursor.position(offset), index.position(offset, enc), "{:?} at {} in {:?}", enc, offset, text);
            }
        }
    }

    #[test]
    fn client_positions_never_panic(text in newsy(), line in 0u32..50, col in 0u32..200) {
        let index = LineIndex::new(&text);
        for enc in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
            let offset = index.offset(LineCol { line, col }, enc);
            prop_assert!(offset <= text.len() && text.is_char_boundary(offset));
        }
    }
}

proptest! {
    // Each case analyses a 10 KB text a dozen times.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn an_analysis_reusing_the_last_one_equals_a_fresh_one(edits in prop::collection::vec(edit(), 1..6)) {
        let ctx = Context::default();
        let mut text = three_seeds();
        let mut reuse = Reuse::default();
        analyze_reusing(&text, &ctx, &mut reuse);
        for (at, remove, insert) in edits {
            let floor = |mut i: usize| { while !text.is_char_boundary(i) { i -= 1; } i };
            let start = floor(at.index(text.len() + 1));
            let end = floor((start + remove).min(text.len()));
            text.replace_range(start..end, &insert);
            let reused = analyze_reusing(&text, &ctx, &mut reuse);
            let fresh = analyze(&text, &ctx);
            prop_assert_eq!(&reused.mentions, &fresh.mentions);
            prop_assert_eq!(format!("{:?}", reused.findings), format!("{:?}", fresh.findings));
        }
    }
}
