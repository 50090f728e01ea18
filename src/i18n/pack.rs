//! Language packs: the Greek and Spanish words of the page as text files next to it, fetched
//! when a reader needs one. English is built in; the other languages are not in the wasm, so a
//! first visit in English carries none of them.
//!
//! The packs are written at build time from `el.rs`, `es.rs` and the deal library (the
//! `prerender` binary's `--pack` mode, run by `scripts/language-packs.mjs`), under names that carry
//! a hash of their content and are listed in a `<meta name="language-packs">` of the page.
//! Natively — tests and the page rendered at build time — the tables are compiled in and no
//! pack is read.
//!
//! A pack is UTF-8 text, one entry per line: a header naming the format, the language and the
//! number of texts; every [`Text`] in the order of [`Text::ALL`]; the twelve month
//! abbreviations; then the words of each deal of the library, in its order (term, hardware,
//! assumptions).

use super::{Lang, Text};

/// First word of a pack's header; the format changes with it.
const FORMAT: &str = "compute-deal-calculator-language-pack-1";

/// A language's words, read from its pack (`'static` once read in the browser).
#[derive(Debug, PartialEq)]
pub struct Pack<'a> {
    /// Indexed by `Text as usize`.
    texts: Vec<&'a str>,
    months: [&'a str; 12],
    /// The deals' words, in the order of [`deal_words`].
    words: Vec<&'a str>,
}

/// Every [`Words`] of the data files, in pack order: each deal's term, hardware, assumptions,
/// status note and readings, then the list of changes.
///
/// [`Words`]: crate::model::deals::Words
fn deal_words() -> impl Iterator<Item = crate::model::deals::Words> {
    let deals = crate::model::DEALS.iter().flat_map(|deal| {
        [deal.term, deal.hardware, deal.assumptions]
            .into_iter()
            .chain(deal.status_note)
            .chain(deal.readings.iter().map(|reading| reading.label))
    });
    let changes = crate::model::data_version::DATA_CHANGES
        .iter()
        .flat_map(|version| version.changes.iter().copied());
    deals.chain(changes)
}

impl<'a> Pack<'a> {
    /// The translation of `text`.
    pub fn text(&self, text: Text) -> &'a str {
        self.texts.get(text as usize).copied().unwrap_or_default()
    }

    /// Abbreviated month names, January first.
    pub fn months(&self) -> [&'a str; 12] {
        self.months
    }

    /// The translation of the deal words written `english` in English, if the pack has it.
    pub fn words(&self, english: &str) -> Option<&'a str> {
        let index = deal_words().position(|words| words.en == english)?;
        self.words.get(index).copied()
    }
}

impl Pack<'static> {
    /// Reads the pack of `lang` from `source`: `None` unless it has exactly the shape this
    /// build writes (a pack of another build, or a page in its place, is not used). A pack
    /// that reads is kept for the life of the page: one per language at most.
    pub fn read(lang: Lang, source: String) -> Option<Pack<'static>> {
        parse(lang, &source)?;
        parse(lang, Box::leak(source.into_boxed_str()))
    }
}

/// The entries of `source` if it is a pack of `lang` with every entry this build expects.
fn parse<'a>(lang: Lang, source: &'a str) -> Option<Pack<'a>> {
    let mut lines = source.lines();
    let header = format!("{FORMAT} {} {}", lang.code(), Text::ALL.len());
    if lines.next()? != header {
        return None;
    }
    let texts: Vec<&str> = lines.by_ref().take(Text::ALL.len()).collect();
    let months: Vec<&str> = lines.by_ref().take(12).collect();
    let words: Vec<&str> = lines.collect();
    Some(Pack {
        months: months.try_into().ok()?,
        texts: (texts.len() == Text::ALL.len()).then_some(texts)?,
        words: (words.len() == deal_words().count()).then_some(words)?,
    })
}

/// The pack of `lang` as the build writes it. English has none.
#[cfg(not(target_arch = "wasm32"))]
pub fn write(lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let mut lines = vec![format!("{FORMAT} {} {}", lang.code(), Text::ALL.len())];
    lines.extend(
        Text::ALL
            .iter()
            .map(|&text| super::text(lang, text).to_owned()),
    );
    lines.extend(super::month_abbreviations(lang).map(str::to_owned));
    lines.extend(deal_words().map(|words| super::words(lang, &words).to_owned()));
    Some(lines.join("\n") + "\n")
}

/// Whether `lang`'s words are available now.
pub fn available(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    return lang == Lang::En || loaded(lang).is_some();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        true
    }
}

/// Runs `then` once `lang`'s words are available: at once if they are, else after its pack
/// has been fetched (or has failed to be: English words stand in).
pub fn when_available(lang: Lang, then: impl FnOnce() + 'static) {
    // Natively every language is compiled in.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
    #[cfg(target_arch = "wasm32")]
    if !available(lang) {
        js_sys::futures::spawn_local(async move {
            load(lang).await;
            then();
        });
        return;
    }
    then();
}

#[cfg(target_arch = "wasm32")]
pub use browser::{load, loaded};

/// Fetching and keeping packs in the browser.
#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use js_sys::futures::JsFuture;
    use wasm_bindgen::JsCast;

    use super::{Lang, Pack};

    thread_local! {
        /// Packs read so far, by language.
        static LOADED: RefCell<[Option<&'static Pack<'static>>; 3]> = const { RefCell::new([None; 3]) };
    }

    /// The pack of `lang`, if it has been loaded.
    pub fn loaded(lang: Lang) -> Option<&'static Pack<'static>> {
        LOADED.with(|loaded| loaded.borrow()[lang as usize])
    }

    /// The address of `lang`'s pack, from `<meta name="language-packs" content="el=…
    /// es=…">`.
    fn address(lang: Lang) -> Option<String> {
        let meta = gloo::utils::document()
            .query_selector("meta[name=language-packs]")
            .ok()??;
        let content = meta.get_attribute("content")?;
        content.split_whitespace().find_map(|entry| {
            let (code, address) = entry.split_once('=')?;
            (code == lang.code()).then(|| address.to_owned())
        })
    }

    async fn fetch(address: &str) -> Option<String> {
        let response = JsFuture::from(gloo::utils::window().fetch_with_str(address))
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }

    /// Makes `lang`'s words available, fetching its pack once; whether they are. English
    /// always is. On failure (offline, a missing file) the page keeps English words.
    pub async fn load(lang: Lang) -> bool {
        if lang == Lang::En || loaded(lang).is_some() {
            return true;
        }
        let Some(address) = address(lang) else {
            return false;
        };
        let Some(pack) = fetch(&address)
            .await
            .and_then(|source| Pack::read(lang, source))
        else {
            return false;
        };
        let pack: &'static Pack<'static> = Box::leak(Box::new(pack));
        LOADED.with(|loaded| loaded.borrow_mut()[lang as usize] = Some(pack));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_pack_reads_back_to_the_same_words() {
        for lang in [Lang::El, Lang::Es] {
            let written = write(lang).expect("Greek and Spanish have packs");
            let pack = Pack::read(lang, written).expect("the pack reads back");
            for &text in Text::ALL {
                assert_eq!(pack.text(text), super::super::text(lang, text), "{text:?}");
            }
            assert_eq!(pack.months(), super::super::month_abbreviations(lang));
            for deal in &crate::model::DEALS {
                let words = deal.hardware;
                assert_eq!(
                    pack.words(words.en),
                    Some(super::super::words(lang, &words))
                );
            }
        }
        assert_eq!(write(Lang::En), None);
    }

    #[test]
    fn deal_words_alike_in_english_are_alike_in_translation() {
        // The page finds a deal's words by their English text.
        for lang in [Lang::El, Lang::Es] {
            for a in deal_words() {
                for b in deal_words().filter(|b| b.en == a.en) {
                    assert_eq!(super::super::words(lang, &a), super::super::words(lang, &b));
                }
            }
        }
    }

    #[test]
    fn every_entry_is_one_line() {
        for lang in [Lang::El, Lang::Es] {
            let written = write(lang).expect("a pack");
            // The header, the texts, the months, three to six words per deal, the changes.
            let lines = 1 + Text::ALL.len() + 12 + deal_words().count();
            assert!(deal_words().count() > 3 * crate::model::DEALS.len());
            assert_eq!(written.lines().count(), lines, "{lang:?}");
            assert!(written.lines().all(|line| !line.is_empty()), "{lang:?}");
        }
    }

    #[test]
    fn packs_of_another_shape_are_refused() {
        let written = write(Lang::El).expect("a pack");
        assert!(
            Pack::read(Lang::Es, written.clone()).is_none(),
            "another language"
        );
        let shorter = written.lines().skip(2).collect::<Vec<_>>().join("\n");
        assert!(Pack::read(Lang::El, shorter).is_none(), "lines missing");
        assert!(Pack::read(Lang::El, "<!doctype html>".to_owned()).is_none());
        let longer = format!("{written}one line too many\n");
        assert!(Pack::read(Lang::El, longer).is_none(), "lines added");
    }
}
