//! The pipeline: segment, read metadata, recognize, check. Pure: the same
//! text and context always give the same analysis.

use crate::checks::{self, CheckContext, Finding};
use crate::config::Config;
use crate::kb::Kb;
use crate::recognize::{self, Mention};
use crate::text::{self, Language, Metadata, Structure};
use std::sync::Arc;

/// What an analysis reads besides the text: the knowledge base and the
/// configuration. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Context {
    /// The knowledge base.
    pub kb: Arc<Kb>,
    /// The settings.
    pub config: Config,
}

impl Context {
    /// The embedded knowledge base with `config`.
    pub fn new(config: Config) -> Context {
        Context { kb: Kb::embedded(), config }
    }

    /// The knowledge `config` names (the embedded data with the workspace
    /// overlay, if any) with `config`. An overlay that cannot be used
    /// leaves the embedded knowledge, and its error to report.
    pub fn load(config: Config) -> (Context, Option<crate::config::ConfigError>) {
        match &config.kb_overlay {
            Some(path) => {
                let (kb, error) = Kb::for_overlay(path);
                (Context { kb, config }, error)
            }
            None => (Context::new(config), None),
        }
    }
}

impl Default for Context {
    fn default() -> Context {
        Context::new(Config::default())
    }
}

/// Everything copydesk understood about one text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The language, detected or configured.
    pub language: Language,
    /// Publication date, dateline, byline.
    pub metadata: Metadata,
    /// Paragraphs, sentences, non-prose ranges.
    pub structure: Structure,
    /// Mentions sorted by position, not overlapping.
    pub mentions: Vec<Mention>,
    /// Findings sorted by position.
    pub findings: Vec<Finding>,
}

impl Analysis {
    /// The mentions that start inside `span` (a sentence, a paragraph), by
    /// binary search: mentions are sorted, so checks stay linear.
    pub fn mentions_in(&self, span: crate::Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        &self.mentions[from..to.max(from)]
    }

    /// The mention whose span touches `offset`, if any. O(log n).
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end < offset);
        self.mentions.get(i).filter(|m| m.span.touches(offset))
    }

    /// Every mention of the same entity as `mention` (itself included): the
    /// same knowledge-base id, else the same canonical name, else the same
    /// value (dates, figures), else the same text.
    pub fn mentions_of<'a>(&'a self, mention: &Mention, text: &str) -> Vec<&'a Mention> {
        let key = mention.entity_key(text);
        self.mentions.iter().filter(|m| m.entity_key(text) == key).collect()
    }

    /// The distinct entities of the text, each with its mentions, in order
    /// of first mention.
    pub fn entities<'a>(&'a self, text: &str) -> Vec<(String, Vec<&'a Mention>)> {
        let mut out: Vec<(String, Vec<&Mention>)> = Vec::new();
        let mut keys: Vec<(crate::Kind, String)> = Vec::new();
        for m in &self.mentions {
            let key = m.entity_key(text);
            match keys.iter().position(|k| *k == key) {
                Some(i) => out[i].1.push(m),
                None => {
                    let name = m.canonical.as_deref().unwrap_or_else(|| m.span.slice(text)).to_string();
                    keys.push(key);
                    out.push((name, vec![m]));
                }
            }
        }
        out
    }
}

/// What the analysis of one version of a document keeps for the next, as
/// the document is edited: what each block of paragraphs holds. Keep one
/// per document; [`analyze_reusing`] gives exactly what [`analyze`] gives.
#[derive(Debug, Default)]
pub struct Reuse {
    sentences: text::Sentences,
    blocks: recognize::ParagraphCache,
    /// What the blocks were read with: another language, publication date
    /// or knowledge base reads them differently.
    read_with: Option<(Language, Option<jiff::civil::Date>, Arc<Kb>)>,
}

/// Analyses `text`. Never fails and never panics: odd text gives fewer
/// mentions, not an error.
pub fn analyze(text: &str, ctx: &Context) -> Analysis {
    analyze_with(text, ctx, None)
}

/// [`analyze`], reading again only the blocks of paragraphs that changed
/// since the analysis `reuse` was last given to.
pub fn analyze_reusing(text: &str, ctx: &Context, reuse: &mut Reuse) -> Analysis {
    analyze_with(text, ctx, Some(reuse))
}

/// How much of a text [`warm_up_patterns`] reads: a long article's worth.
const WARM_UP_READS: usize = 16 * 1024;

/// Does the one-time work of analysing `text` that needs no knowledge
/// base, on the calling thread: compiling the patterns of segmentation,
/// metadata, dates and figures, by running those passes on `text` and
/// dropping what they find. A check of one article is mostly such work;
/// run on a second thread while the first loads the knowledge base, it is
/// done by the time the analysis needs it, and the analysis waits for a
/// pattern still being compiled rather than compiling it again. A long
/// text is read only as far as [`WARM_UP_READS`]: past it the passes would
/// repeat the analysis's own work, and a pattern they did not meet is
/// compiled when the analysis meets it.
pub fn warm_up_patterns(text: &str, config: &Config) {
    let text = &text[..text.floor_char_boundary(WARM_UP_READS)];
    text::segment(text, config.markdown);
    let language = config.language.unwrap_or_else(|| text::detect_language(text));
    let unified = text::unify_digits(text);
    text::extract_metadata(&unified, config.published);
    recognize::warm_up_patterns(&unified, language);
}

fn analyze_with(text: &str, ctx: &Context, reuse: Option<&mut Reuse>) -> Analysis {
    let (mut sentences, mut blocks) = match reuse {
        Some(Reuse { sentences, blocks, read_with }) => (Some(sentences), Some((blocks, read_with))),
        None => (None, None),
    };
    let mut segment = || match sentences.as_deref_mut() {
        Some(kept) => text::segment_reusing(text, ctx.config.markdown, kept),
        None => text::segment(text, ctx.config.markdown),
    };
    if !text.chars().any(crate::text::is_letter_or_digit) {
        // Nothing to recognize (an empty file, a line of dashes): skip the
        // recognizers' one-time start-up, most of such a run's time.
        let language = ctx.config.language.unwrap_or(Language::Und);
        let published = ctx.config.published.map(|date| text::Published {
            date,
            source: text::PublishedSource::Config,
            span: None,
        });
        let metadata = Metadata { published, ..Metadata::default() };
        return Analysis { language, metadata, structure: segment(), mentions: Vec::new(), findings: Vec::new() };
    }
    let language = ctx.config.language.unwrap_or_else(|| text::detect_language(text));
    // Recognizers read one set of Eastern digits; offsets are unchanged.
    let unified = text::unify_digits(text);
    let metadata = text::extract_metadata(&unified, ctx.config.published);
    let published = metadata.published.map(|p| p.date);
    let cache = blocks.as_mut().map(|(cache, read_with)| {
        let now = (language, published, Arc::clone(&ctx.kb));
        let same = read_with.as_ref().is_some_and(|(l, p, kb)| (*l, *p) == (now.0, now.1) && Arc::ptr_eq(kb, &now.2));
        if !same {
            cache.clear();
            **read_with = Some(now);
        }
        &mut **cache
    });
    // The blocks are read without the structure: a long text is segmented
    // on another thread meanwhile.
    let unsegmented = Structure::default();
    let mut input = recognize::Input {
        text: &unified,
        language,
        structure: &unsegmented,
        metadata: &metadata,
        published,
        kb: &ctx.kb,
    };
    let (structure, read) = if text.len() >= recognize::PARALLEL_FROM {
        std::thread::scope(|scope| {
            let segmented = scope.spawn(segment);
            let read = recognize::read_blocks(&input, cache);
            (segmented.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), read)
        })
    } else {
        let read = recognize::read_blocks(&input, cache);
        (segment(), read)
    };
    input.structure = &structure;
    let mentions = recognize::finish(&input, read);
    let mut analysis = Analysis { language, metadata, structure, mentions, findings: Vec::new() };
    let check_ctx = CheckContext::new(text, &analysis, &ctx.kb);
    let findings = checks::run(&check_ctx, &ctx.config);
    let report_unused = ctx.config.is_enabled(checks::UNUSED_SUPPRESSION.code);
    analysis.findings = crate::suppress::apply(text, findings, report_unused);
    analysis
}
