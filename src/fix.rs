//! Applying fixes to a text: all the edits of the chosen fixes, none that
//! overlap, repeated until the text stops changing, so that what `--fix`
//! writes is exactly what a person would get by accepting every quick fix.

use crate::analysis::{Analysis, Context, analyze};
use crate::checks::{Applicability, Edit};

/// The result of fixing one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The text after every applicable fix.
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
}

/// Applies, in one pass, the fixes of `analysis` at least as safe as
/// `least`; a fix whose edits overlap an earlier fix's is left for the next
/// pass.
pub fn apply_once(text: &str, analysis: &Analysis, least: Applicability) -> Fixed {
    let mut edits: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for fix in analysis.findings.iter().filter_map(|f| f.fix.as_ref()) {
        if fix.applicability < least {
            continue;
        }
        let clashes = fix.edits.iter().any(|e| edits.iter().any(|o| o.span.overlaps(e.span) || o.span == e.span));
        let valid = fix.edits.iter().all(|e| {
            e.span.end <= text.len() && text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end)
        });
        if clashes || !valid {
            continue;
        }
        edits.extend(fix.edits.iter());
        applied += 1;
    }
    edits.sort_by_key(|e| e.span);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.text);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    Fixed { text: out, applied }
}

/// Fixes `text` until no applicable fix is left, at most ten passes (a
/// fix that keeps producing fixes is a bug in a check, not a reason to
/// loop forever).
pub fn apply_all(text: &str, ctx: &Context, least: Applicability) -> Fixed {
    let mut current = text.to_string();
    let mut applied = 0;
    for _ in 0..10 {
        let analysis = analyze(&current, ctx);
        let pass = apply_once(&current, &analysis, least);
        if pass.applied == 0 || pass.text == current {
            break;
        }
        applied += pass.applied;
        current = pass.text;
    }
    Fixed { text: current, applied }
}
