//! Where a Finnish word may be broken at the end of a line.
//!
//! Two sources, ranked: the boundaries of a compound ("hyvinvointi|matkailun")
//! found with a small lexicon of word parts common in municipal strategies,
//! and the syllable breaks of the Finnish TeX patterns (`hyph-fi`, shipped by
//! the `hyphenation` crate; the 1.6 KB dictionary is committed under
//! `assets/hyphenation/`, so no 2.8 MB `embed_all`). A Finn breaks a compound
//! at its seam first, and never moves a consonant across the seam: the
//! pattern break "kansa-nedustaja" is dropped when the lexicon knows
//! "kansan|edustaja".

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

const FI_DICTIONARY: &[u8] = include_bytes!("../../assets/hyphenation/fi.standard.bincode");

/// Word parts (stems and common inflected forms) that start or join Finnish
/// compounds in strategy texts. Longer parts win over shorter prefixes.
const PARTS: &[&str] = &[
    "aalto",
    "aallon",
    "arki",
    "arvo",
    "asukas",
    "asukkaiden",
    "asiakas",
    "asuminen",
    "asumis",
    "elinkeino",
    "elin",
    "ennakointi",
    "ennakoiva",
    "hallinto",
    "harja",
    "harjalla",
    "henkilöstö",
    "henkilöstön",
    "henkilö",
    "hyvin",
    "vointi",
    "vointia",
    "vointiin",
    "ihmis",
    "ilmasto",
    "ympäristö",
    "investointi",
    "järki",
    "järjen",
    "johtaminen",
    "johtamisen",
    "johto",
    "kasvatus",
    "kaupunki",
    "kaupungin",
    "kehittäminen",
    "kehittämisen",
    "kehittämis",
    "kehitys",
    "kulttuuri",
    "kunta",
    "kunnan",
    "kuntalais",
    "kuntalaisten",
    "laatu",
    "liikunta",
    "liikenne",
    "lähi",
    "maa",
    "matkailu",
    "matkailun",
    "muutos",
    "nuoriso",
    "ohjelma",
    "ohjelman",
    "opetus",
    "osaaminen",
    "osallisuus",
    "osallisuuden",
    "palvelu",
    "palvelujen",
    "palveluiden",
    "poliittinen",
    "projekti",
    "raportti",
    "raportin",
    "rakennus",
    "kanta",
    "kannan",
    "seuranta",
    "sivistys",
    "strategia",
    "strategian",
    "suunnitelma",
    "suunnitelman",
    "talous",
    "talouden",
    "tieto",
    "tiedon",
    "toiminta",
    "toiminnan",
    "toimenpide",
    "tuotanto",
    "työ",
    "työllisyys",
    "valtuusto",
    "valtuuston",
    "hallitus",
    "varhais",
    "verkko",
    "verkon",
    "veto",
    "voima",
    "viestintä",
    "viestinnän",
    "vuosi",
    "yhteis",
    "yhteistyö",
    "yritys",
    "yrittäjä",
    "luonto",
    "luonnon",
    "mieli",
    "mielen",
    "terveys",
    "terveyden",
    "edustaja",
    "kansan",
    "lauta",
    "lautakunta",
    "vapaa",
    "aika",
    "koulu",
    "koulutus",
    "perhe",
    "lapsi",
    "lasten",
    "nuorten",
    "vanhus",
    "vanhus",
    "ikä",
    "ihmiset",
    "tila",
    "tilat",
    "tilojen",
    "ohjaus",
    "ohjaava",
    "oppiminen",
    "oppimisen",
    "vastuu",
    "alue",
    "alueen",
    "keskus",
    "keskusta",
    "asema",
    "kaava",
    "kaavoitus",
    "maankäyttö",
    "käyttö",
    "turvallisuus",
    "digi",
    "digitalisaatio",
    "saavutettavuus",
    "sopimus",
    "hanke",
    "hankkeen",
    "katselmus",
    "prosessi",
    "prosessien",
    "dokumentti",
    "dokumenttien",
    "sijais",
    "järjestely",
    "järjestelyt",
    "paikka",
    "paikkakunta",
    "paikkakuntana",
    "brändi",
    "ilme",
    "media",
    "sisäinen",
    "tapahtuma",
    "tapahtumat",
    "elämä",
    "toimija",
    "toimijat",
    "kumppanuus",
    "verkosto",
    "yhteisö",
    "yhteisön",
    "hyvä",
    "tulos",
    "tavoite",
    "mittari",
    "arviointi",
    "seminaari",
    "kokous",
    "kick",
    // Roles that own actions: "kaupunki|suunnittelu|päällikkö".
    "suunnittelu",
    "suunnittelun",
    "päällikkö",
    "päällikön",
    "johtaja",
    "johtajan",
    "koordinaattori",
    "sihteeri",
    "asiantuntija",
    "insinööri",
    "arkkitehti",
    "esimies",
    "vastaava",
];

static PATTERNS: OnceLock<Option<Standard>> = OnceLock::new();

fn patterns() -> Option<&'static Standard> {
    PATTERNS
        .get_or_init(|| {
            let mut bytes = FI_DICTIONARY;
            let mut dict = Standard::from_reader(Language::Finnish, &mut bytes).ok()?;
            dict.minima = (2, 2);
            Some(dict)
        })
        .as_ref()
}

/// A place where a word may be broken: after `at` characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    /// How many characters stay on the first line.
    pub at: usize,
    /// Whether the break is the seam of a compound (preferred).
    pub seam: bool,
    /// Whether the word already has a hyphen here (no hyphen is added).
    pub after_hyphen: bool,
}

/// Whether the Finnish dictionary loaded (it is compiled in).
pub fn available() -> bool {
    patterns().is_some()
}

/// The places where `word` (one word, no spaces) may be broken, in order.
pub fn breaks(word: &str) -> Vec<Break> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let mut out: Vec<Break> = Vec::new();
    // Existing hyphens: "Ilmasto-" / "ympäristöohjelma".
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '-' | '‐' | '/') && i >= 1 && i + 1 < n {
            out.push(Break {
                at: i + 1,
                seam: true,
                after_hyphen: true,
            });
        }
    }
    // Hyphenate each hyphen-free piece.
    let mut start = 0;
    for end in (0..=n).filter(|&i| i == n || matches!(chars[i], '-' | '‐' | '/')) {
        if end > start {
            let piece: String = chars[start..end].iter().collect::<String>().to_lowercase();
            let piece_chars: Vec<char> = piece.chars().collect();
            if piece_chars.len() == end - start && piece_chars.iter().all(|c| c.is_alphabetic()) {
                let seams = seams(&piece_chars);
                for s in &seams {
                    out.push(Break {
                        at: start + s,
                        seam: true,
                        after_hyphen: false,
                    });
                }
                // Seams are sorted: a lookup is a binary search, not a scan.
                let is_seam = |at: usize| seams.binary_search(&at).is_ok();
                for b in syllables(&piece) {
                    let wrong_side = is_seam(b + 1) && is_vowel(piece_chars[b + 1]);
                    if !wrong_side && !is_seam(b) {
                        out.push(Break {
                            at: start + b,
                            seam: false,
                            after_hyphen: false,
                        });
                    }
                }
            }
        }
        start = end + 1;
    }
    out.sort_by_key(|b| b.at);
    out.dedup_by_key(|b| b.at);
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'å')
}

/// Syllable breaks from the patterns, as character counts.
fn syllables(lower: &str) -> Vec<usize> {
    let Some(dict) = patterns() else {
        return vec![];
    };
    let word = dict.hyphenate(lower);
    // Byte offsets to character counts in one pass (the breaks are sorted).
    let mut counts = Vec::with_capacity(word.breaks.len());
    let mut chars = lower.char_indices().map(|(i, _)| i).enumerate().peekable();
    for &byte in &word.breaks {
        while let Some(&(n, at)) = chars.peek() {
            if at == byte {
                counts.push(n);
            }
            if at >= byte {
                break;
            }
            chars.next();
        }
    }
    counts
}

/// Seams of a compound: character positions between known parts. The word
/// must be covered by known parts up to an ending of at most five letters.
///
/// Each position keeps only its best chain's length and the position the
/// chain's last part started from (not the whole chain), so the cost is
/// linear in the word's length.
fn seams(chars: &[char]) -> Vec<usize> {
    static PART_CHARS: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    let parts = PART_CHARS.get_or_init(|| PARTS.iter().map(|p| p.chars().collect()).collect());
    let n = chars.len();
    // best[i]: (seams in the best chain of parts covering chars[..i], the
    // position its last part starts at).
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for i in 0..n {
        let Some((count, _)) = best[i] else {
            continue;
        };
        let next = if i > 0 { count + 1 } else { count };
        for p in parts {
            if p.len() <= n - i && chars[i..i + p.len()] == p[..] {
                let j = i + p.len();
                // Fewer, longer parts are the likelier reading.
                if best[j].is_none_or(|(old, _)| next < old) {
                    best[j] = Some((next, i));
                }
            }
        }
    }
    for end in (n.saturating_sub(5)..=n).rev() {
        if best[end].is_some() && (end == n || n - end <= 5) {
            let mut chain = vec![];
            let mut at = end;
            while at > 0 {
                let Some((_, from)) = best[at] else { break };
                if from > 0 {
                    chain.push(from);
                }
                at = from;
            }
            chain.reverse();
            // Keep seams that leave at least two letters on each side.
            return chain
                .into_iter()
                .filter(|&s| s >= 2 && n - s >= 2)
                .collect();
        }
    }
    vec![]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(word: &str) -> String {
        let chars: Vec<char> = word.chars().collect();
        let mut out = String::new();
        let bs = breaks(word);
        for (i, c) in chars.iter().enumerate() {
            if let Some(b) = bs.iter().find(|b| b.at == i)
                && !b.after_hyphen
            {
                out.push(if b.seam { '|' } else { '-' });
            }
            out.push(*c);
        }
        out
    }

    #[test]
    fn the_finnish_dictionary_is_compiled_in() {
        assert!(available());
    }

    #[test]
    fn compounds_break_at_their_seams_first() {
        assert_eq!(show("Hyvinvointimatkailun"), "Hy-vin|voin-ti|mat-kai-lun");
        assert_eq!(
            show("palveluverkkosuunnitelma"),
            "pal-ve-lu|verk-ko|suun-ni-tel-ma"
        );
    }

    #[test]
    fn a_consonant_never_crosses_the_seam_of_a_compound() {
        let s = show("kansanedustaja");
        assert!(s.starts_with("kan-san|e"), "{s}");
        assert!(!s.contains("sa-ne"), "{s}");
    }

    #[test]
    fn a_role_breaks_at_its_seams_not_inside_its_last_syllable() {
        let s = show("Kaupunkisuunnittelupäällikkö");
        assert!(s.contains("|suun-nit-te-lu|pääl"), "{s}");
        assert!(s.starts_with("Kau-pun-ki|"), "{s}");
        let w = crate::text::wrap(
            crate::text::FontFace::Regular,
            8.0,
            "Kaupunkisuunnittelupäällikkö",
            90.0,
            3,
        )
        .unwrap();
        let lines: Vec<&str> = w.lines.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(lines, ["Kaupunkisuunnittelu-", "päällikkö"]);
    }

    #[test]
    fn plain_words_break_by_syllables() {
        assert_eq!(show("strategiasuunnitelma"), "stra-te-gia|suun-ni-tel-ma");
        assert_eq!(show("kehittäminen"), "ke-hit-tä-mi-nen");
    }
}
