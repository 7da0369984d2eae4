//! A self-contained HTML page: each article with its entities coloured by
//! kind (hover shows the normalized value or canonical name) and its
//! findings beside the lines they concern. No scripts, no external
//! resources: it opens offline and can be attached to a CI run.

use super::{Emitter, FileReport, Mode, Outcome, Tally};
use crate::checks::Finding;
use crate::recognize::{Kind, Mention};
use crate::text::LineIndex;
use std::io::{self, Write};

/// The HTML emitter.
#[derive(Debug, Default)]
pub struct Html;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#222}\
h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:2rem;border-bottom:1px solid #ddd}\
.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:0 1.5rem}\
.line{white-space:pre-wrap;unicode-bidi:plaintext;min-height:1.2em}.notes{font-size:13px}\
.finding{border-left:3px solid #c90;padding:0 .5rem;margin:.1rem 0}.finding.error{border-color:#c00}\
.finding.info,.finding.hint{border-color:#38c}.code{font-family:monospace;color:#555}\
mark{border-radius:3px;padding:0 2px}mark.person{background:#fde2e4}mark.country{background:#dbeafe}\
mark.place{background:#a5f3fc}mark.organization{background:#f5d0fe}mark.date{background:#fef3c7}\
mark.money{background:#bbf7d0}mark.percent{background:#fed7aa}mark.quantity{background:#e5e7eb}\
.flagged{text-decoration:underline wavy #c90}.where,.related{color:#777;font-size:12px}\
.legend mark{margin-right:.4rem}.summary{color:#555}";

impl Emitter for Html {
    fn emit(&mut self, out: &mut dyn Write, files: &[FileReport], _mode: Mode) -> io::Result<()> {
        let tally = Tally::of(files);
        let mut page = String::new();
        page.push_str(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>copydesk report</title><style>",
        );
        page.push_str(STYLE);
        page.push_str("</style></head><body><h1>copydesk report</h1>");
        let [hint, info, warning, error] = tally.by_severity;
        page.push_str(&format!(
            "<p class=\"summary\">{}: {}, {}, {info} info, {}</p><p class=\"legend\">",
            plural(tally.files, "file"),
            plural(error, "error"),
            plural(warning, "warning"),
            plural(hint, "hint"),
        ));
        for kind in Kind::ALL {
            page.push_str(&format!("<mark class=\"{0}\">{0}</mark>", kind.as_str()));
        }
        page.push_str("</p>");
        for f in files {
            let path = escape(&f.path);
            page.push_str(&format!("<section class=\"file\" data-path=\"{path}\"><h2>{path}</h2>"));
            match &f.outcome {
                Outcome::Analysed { text, analysis, index } => {
                    article(&mut page, text, index, &analysis.mentions, &analysis.findings);
                }
                Outcome::Failed(msg) | Outcome::Skipped(msg) => page.push_str(&format!("<p>{}</p>", escape(msg))),
            }
            page.push_str("</section>");
        }
        page.push_str("</body></html>\n");
        out.write_all(page.as_bytes())
    }
}

/// One article: a grid row per line, the text with marks on the left, the
/// findings that start on that line on the right.
fn article(page: &mut String, text: &str, index: &LineIndex, mentions: &[Mention], findings: &[Finding]) {
    page.push_str("<div class=\"article\">");
    let mut m = 0;
    for line in 0..index.line_count() {
        let span = index.line_span(line);
        page.push_str(&format!("<div class=\"line\" data-line=\"{}\">", line + 1));
        let mut at = span.start;
        while m < mentions.len() && mentions[m].span.start < span.end {
            let mention = &mentions[m];
            m += 1;
            if mention.span.start < at || mention.span.end > span.end {
                continue;
            }
            page.push_str(&escape(&text[at..mention.span.start]));
            let flagged = findings.iter().any(|f| f.span.overlaps(mention.span));
            let title = mention_title(mention);
            page.push_str(&format!(
                "<mark class=\"{0}{1}\" data-kind=\"{0}\" data-start=\"{2}\" data-end=\"{3}\" title=\"{4}\">{5}</mark>",
                mention.kind.as_str(),
                if flagged { " flagged" } else { "" },
                mention.span.start,
                mention.span.end,
                escape(&title),
                escape(mention.span.slice(text))
            ));
            at = mention.span.end;
        }
        page.push_str(&escape(&text[at.min(span.end)..span.end]));
        page.push_str("</div><div class=\"notes\">");
        for f in findings.iter().filter(|f| f.span.start >= span.start && f.span.start <= span.end) {
            let (l, c) = index.line_col_1based(f.span.start);
            page.push_str(&format!(
                "<div class=\"finding {0}\" data-code=\"{1}\" data-severity=\"{0}\" data-line=\"{l}\" data-col=\"{c}\">\
                 <span class=\"code\">{1}</span> <bdi>{2}</bdi> <span class=\"where\">{l}:{c}</span>",
                f.severity.as_str(),
                escape(f.code),
                escape(&f.message)
            ));
            for r in &f.related {
                let (rl, rc) = index.line_col_1based(r.span.start);
                page.push_str(&format!(
                    "<div class=\"related\">{rl}:{rc} <bdi>{}</bdi>: <bdi>{}</bdi></div>",
                    escape(&r.message),
                    escape(r.span.slice(text))
                ));
            }
            page.push_str("</div>");
        }
        page.push_str("</div>");
    }
    page.push_str("</div>");
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

fn mention_title(m: &Mention) -> String {
    let value = match (m.date(), m.figure()) {
        (Some(d), _) => d.value.as_ref().map(|v| v.to_string()),
        (_, Some(f)) => Some(format!("{} {}", f.amount, f.unit.as_deref().unwrap_or("")).trim_end().to_string()),
        _ => m.canonical.as_deref().map(str::to_string),
    };
    match value {
        Some(v) => format!("{}: {v}", m.kind.as_str()),
        None => m.kind.as_str().to_string(),
    }
}
