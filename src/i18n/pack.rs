//! Language packs and library packs: words of the page as text files next to it, fetched when a
//! reader needs them, so that a first visit carries only what it shows.
//!
//! - A **language pack** holds the Greek or Spanish words of the page: every [`Text`], the
//!   month abbreviations and the core data words (the seed deal's and the current data
//!   version's changes). English is built into the wasm.
//! - A **library pack** (English, Greek and Spanish) holds the words of every other deal of the
//!   library and of older changes. The wasm carries none of them, in any language; the page
//!   fetches the reader's library pack the first time it shows such a deal.
//!
//! Both are written at build time (the `prerender` binary's `--pack` and `--library` modes, run
//! by `scripts/language-packs.mjs`) under names that carry a hash of their content, listed in a
//! `<meta name="language-packs">` of the page (`el=…`, `library-en=…`). Natively — tests, the
//! pages rendered at build time — every word is compiled in and no pack is read.
//!
//! A pack is UTF-8 text, one entry per line, after a header naming the format, the language and
//! the number of entries. A language pack lists every [`Text`] in the order of [`Text::ALL`],
//! the twelve month abbreviations, then the core words in their numbered order; a library pack
//! lists the library words in their numbered order.

use super::{Lang, Text};
use crate::model::deals::{CORE_WORDS, LIBRARY_WORDS};

/// First word of a language pack's header; the format changes with it.
const FORMAT: &str = "compute-deal-calculator-language-pack-2";

/// First word of a library pack's header.
const LIBRARY_FORMAT: &str = "compute-deal-calculator-library-pack-1";

/// A language's words, read from its pack (`'static` once read in the browser).
#[derive(Debug, PartialEq)]
pub struct Pack<'a> {
    /// Indexed by `Text as usize`.
    texts: Vec<&'a str>,
    months: [&'a str; 12],
    /// The core data words, by number.
    words: Vec<&'a str>,
}

/// The library words of a language, read from its library pack.
#[derive(Debug, PartialEq)]
pub struct Library<'a> {
    /// The library words, by number less [`CORE_WORDS`].
    words: Vec<&'a str>,
}

/// Every data text ([`Words`]) in numbered order: core words first, then the library's.
///
/// [`Words`]: crate::model::deals::Words
#[cfg(not(target_arch = "wasm32"))]
fn data_words() -> Vec<crate::model::deals::Words> {
    let deals = crate::model::DEALS.iter().flat_map(|deal| {
        [deal.term, deal.hardware, deal.assumptions]
            .into_iter()
            .chain(deal.status_note)
            .chain(deal.readings.iter().map(|reading| reading.label))
            .chain(deal.range_note)
    });
    let changes = crate::model::data_version::DATA_CHANGES
        .iter()
        .flat_map(|version| version.changes.iter().copied());
    let mut all: Vec<_> = deals.chain(changes).collect();
    all.sort_by_key(|words| words.index);
    all
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

    /// The core data words numbered `index`, if the pack has them.
    pub fn words(&self, index: u16) -> Option<&'a str> {
        self.words.get(usize::from(index)).copied()
    }
}

impl<'a> Library<'a> {
    /// The library words numbered `index`, if the pack has them.
    pub fn words(&self, index: u16) -> Option<&'a str> {
        let position = usize::from(index).checked_sub(CORE_WORDS)?;
        self.words.get(position).copied()
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

impl Library<'static> {
    /// Reads the library pack of `lang` from `source`, as [`Pack::read`] does.
    pub fn read(lang: Lang, source: String) -> Option<Library<'static>> {
        parse_library(lang, &source)?;
        parse_library(lang, Box::leak(source.into_boxed_str()))
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
        words: (words.len() == CORE_WORDS).then_some(words)?,
    })
}

/// The entries of `source` if it is a library pack of `lang` with every entry this build
/// expects.
fn parse_library<'a>(lang: Lang, source: &'a str) -> Option<Library<'a>> {
    let mut lines = source.lines();
    let header = format!("{LIBRARY_FORMAT} {} {LIBRARY_WORDS}", lang.code());
    if lines.next()? != header {
        return None;
    }
    let words: Vec<&str> = lines.collect();
    Some(Library {
        words: (words.len() == LIBRARY_WORDS).then_some(words)?,
    })
}

/// The language pack of `lang` as the build writes it. English has none.
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
    lines.extend(
        data_words()[..CORE_WORDS]
            .iter()
            .map(|words| super::words(lang, words).to_owned()),
    );
    Some(lines.join("\n") + "\n")
}

/// The library pack of `lang` as the build writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_library(lang: Lang) -> String {
    let mut lines = vec![format!("{LIBRARY_FORMAT} {} {LIBRARY_WORDS}", lang.code())];
    lines.extend(
        data_words()[CORE_WORDS..]
            .iter()
            .map(|words| super::words(lang, words).to_owned()),
    );
    lines.join("\n") + "\n"
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

/// Whether `lang`'s library words are available now.
pub fn library_available(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    return library(lang).is_some();
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

// `when_library_available` and `load_library` repeat the shape of `when_available` and `load`
// on purpose: written once over a generic future or pack type, each pair costs 0.3 KB more
// gzip of wasm (measured), and the first visit in Greek has less than 1 KB to spare.

/// Runs `then` once `lang`'s library words are available, or their pack has failed to load
/// (the words then stay blank; the figures do not depend on them).
pub fn when_library_available(lang: Lang, then: impl FnOnce() + 'static) {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
    #[cfg(target_arch = "wasm32")]
    if !library_available(lang) {
        js_sys::futures::spawn_local(async move {
            load_library(lang).await;
            then();
        });
        return;
    }
    then();
}

#[cfg(target_arch = "wasm32")]
pub use browser::{library, load, load_library, loaded};

/// Fetching and keeping packs in the browser.
#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use js_sys::futures::JsFuture;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{Lang, Library, Pack};

    thread_local! {
        /// Language packs read so far, by language.
        static LOADED: RefCell<[Option<&'static Pack<'static>>; 3]> = const { RefCell::new([None; 3]) };
        /// Library packs read so far, by language.
        static LIBRARIES: RefCell<[Option<&'static Library<'static>>; 3]> = const { RefCell::new([None; 3]) };
    }

    /// The pack of `lang`, if it has been loaded.
    pub fn loaded(lang: Lang) -> Option<&'static Pack<'static>> {
        LOADED.with(|loaded| loaded.borrow()[lang as usize])
    }

    /// The library pack of `lang`, if it has been loaded.
    pub fn library(lang: Lang) -> Option<&'static Library<'static>> {
        LIBRARIES.with(|loaded| loaded.borrow()[lang as usize])
    }

    /// The address of the pack named `key` (`el`, `library-en`), from `<meta
    /// name="language-packs" content="el=… library-en=…">`.
    fn address(key: &str) -> Option<String> {
        let meta = gloo::utils::document()
            .query_selector("meta[name=language-packs]")
            .ok()??;
        let content = meta.get_attribute("content")?;
        content.split_whitespace().find_map(|entry| {
            let (name, address) = entry.split_once('=')?;
            (name == key).then(|| address.to_owned())
        })
    }

    /// The window's property that holds the packs' requests (see [`fetch`]).
    const REQUESTS: &str = "computeDealPackRequests";

    /// The text at `address`, requested once per page: both wasms of the page (see
    /// `components::lazy`) want the same packs, so the request is kept on the window, in a
    /// `Map` from address to the promise of its response, and each reader reads a copy. A failed
    /// request is forgotten.
    async fn fetch(address: &str) -> Option<String> {
        let window = gloo::utils::window();
        let property = JsValue::from_str(REQUESTS);
        let requests = match js_sys::Reflect::get(&window, &property) {
            Ok(kept) if kept.is_instance_of::<js_sys::Map>() => kept.unchecked_into(),
            _ => {
                let requests = js_sys::Map::new();
                js_sys::Reflect::set(&window, &property, &requests).ok()?;
                requests
            }
        };
        let key = JsValue::from_str(address);
        let request = match requests.get(&key).dyn_into::<js_sys::Promise>() {
            Ok(request) => request,
            Err(_) => {
                let request = window.fetch_with_str(address);
                requests.set(&key, &request);
                request
            }
        };
        let response = JsFuture::from(request)
            .await
            .ok()
            .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok);
        let Some(response) = response else {
            // A failed request is made again the next time the pack is wanted.
            requests.delete(&key);
            return None;
        };
        JsFuture::from(response.clone().ok()?.text().ok()?)
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
        let Some(address) = address(lang.code()) else {
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

    /// Makes `lang`'s library words available, fetching its library pack once; whether they
    /// are.
    pub async fn load_library(lang: Lang) -> bool {
        if library(lang).is_some() {
            return true;
        }
        let Some(address) = address(&format!("library-{}", lang.code())) else {
            return false;
        };
        let Some(pack) = fetch(&address)
            .await
            .and_then(|source| Library::read(lang, source))
        else {
            return false;
        };
        let pack: &'static Library<'static> = Box::leak(Box::new(pack));
        LIBRARIES.with(|loaded| loaded.borrow_mut()[lang as usize] = Some(pack));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_words_are_numbered_core_first_without_gaps() {
        let words = data_words();
        assert_eq!(words.len(), CORE_WORDS + LIBRARY_WORDS);
        for (position, words) in words.iter().enumerate() {
            assert_eq!(usize::from(words.index), position);
        }
        // The seed deal's words are core words; every other deal's are the library's.
        let seed = &crate::model::DEALS[0];
        assert!(usize::from(seed.assumptions.index) < CORE_WORDS);
        for deal in &crate::model::DEALS[1..] {
            assert!(
                usize::from(deal.assumptions.index) >= CORE_WORDS,
                "{}",
                deal.id
            );
        }
    }

    #[test]
    fn a_written_pack_reads_back_to_the_same_words() {
        for lang in [Lang::El, Lang::Es] {
            let written = write(lang).expect("Greek and Spanish have packs");
            let pack = Pack::read(lang, written).expect("the pack reads back");
            for &text in Text::ALL {
                assert_eq!(pack.text(text), super::super::text(lang, text), "{text:?}");
            }
            assert_eq!(pack.months(), super::super::month_abbreviations(lang));
            let seed = crate::model::DEALS[0].hardware;
            assert_eq!(
                pack.words(seed.index),
                Some(super::super::words(lang, &seed))
            );
        }
        assert_eq!(write(Lang::En), None);
    }

    #[test]
    fn a_written_library_reads_back_to_every_other_deals_words() {
        for lang in Lang::ALL {
            let library = Library::read(lang, write_library(lang)).expect("reads back");
            for deal in &crate::model::DEALS[1..] {
                for words in [deal.term, deal.hardware, deal.assumptions] {
                    assert_eq!(
                        library.words(words.index),
                        Some(super::super::words(lang, &words)),
                        "{}",
                        deal.id
                    );
                }
            }
            assert_eq!(library.words(0), None, "core words are not in the library");
        }
    }

    #[test]
    fn every_entry_is_one_line() {
        for lang in [Lang::El, Lang::Es] {
            let written = write(lang).expect("a pack");
            // The header, the texts, the months, the core words.
            let lines = 1 + Text::ALL.len() + 12 + CORE_WORDS;
            assert_eq!(written.lines().count(), lines, "{lang:?}");
            assert!(written.lines().all(|line| !line.is_empty()), "{lang:?}");
        }
        for lang in Lang::ALL {
            let written = write_library(lang);
            assert_eq!(written.lines().count(), 1 + LIBRARY_WORDS, "{lang:?}");
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
        let library = write_library(Lang::En);
        assert!(
            Library::read(Lang::El, library.clone()).is_none(),
            "another language"
        );
        assert!(
            Library::read(Lang::En, format!("{library}more\n")).is_none(),
            "lines added"
        );
        assert!(
            Library::read(Lang::En, written).is_none(),
            "a language pack"
        );
    }
}
