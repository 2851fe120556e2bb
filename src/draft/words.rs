//! The Finnish of strategy documents: normalised names, sentence case, the
//! dates Finns write (2030, 9/2018, 16.5.2017, 2022–2025, 2–3/2018) and the
//! owners named after "vastuu:".

use crate::model::{OwnerKind, Period, PlanDate};

/// A name for comparing: lower case, letters and digits only, one space
/// between words.
pub fn norm(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text written in capitals as a sentence: "AALTO 1. TALOUS" → "Aalto 1. talous";
/// other text keeps its case, with its first letter made a capital.
pub fn sentence_case(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let t = if caps {
        text.to_lowercase()
    } else {
        text.to_owned()
    };
    let mut out = String::with_capacity(t.len());
    let mut first = true;
    for c in t.chars() {
        if first && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            first = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// "2–3/2018", "2-3/2018": two months of one year.
fn month_range(token: &str) -> Option<(PlanDate, PlanDate)> {
    let (months, year) = token.split_once('/')?;
    let (a, b) = months.split_once(['–', '-'])?;
    let year: i32 = year.trim().parse().ok()?;
    let a = PlanDate::month(year, a.trim().parse().ok()?).ok()?;
    let b = PlanDate::month(year, b.trim().parse().ok()?).ok()?;
    Some((a, b))
}

/// One token as dates: a date, a period, or two days "4.6.2018/18.6.2018".
fn token_dates(token: &str) -> Option<(PlanDate, PlanDate)> {
    let t = token.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')'));
    let t = t
        .strip_suffix('.')
        .filter(|s| !s.contains('.'))
        .unwrap_or(t);
    if t.is_empty() || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if t.chars().all(|c| c.is_ascii_digit()) && t.len() != 4 {
        return None;
    }
    if let Some(r) = month_range(t) {
        return Some(r);
    }
    if let Some((a, b)) = t.split_once('/')
        && a.contains('.')
        && let (Ok(a), Ok(b)) = (PlanDate::parse(a), PlanDate::parse(b))
    {
        return Some((a, b));
    }
    let p = Period::parse(t).ok()?;
    Some((p.start, p.end))
}

/// Dates at the end of a text, taken off it: "Palvelustrategia 6/2019" →
/// ("Palvelustrategia", 6/2019); "Seminaarit 11/2017 ja 12/2017" gives a
/// start and an end; "Ohjelma 2022 – 2025" a period.
pub fn trailing_dates(text: &str) -> (String, Option<(PlanDate, PlanDate)>) {
    // "10/ 2018" is one date.
    let fixed = text.replace("/ ", "/");
    let mut tokens: Vec<&str> = fixed.split_whitespace().collect();
    let Some(last) = tokens.last().and_then(|t| token_dates(t)) else {
        return (text.trim().to_owned(), None);
    };
    tokens.pop();
    let mut dates = last;
    let n = tokens.len();
    if n >= 2
        && matches!(tokens[n - 1], "–" | "-" | "—" | "ja")
        && let Some((start, _)) = token_dates(tokens[n - 2])
    {
        dates = (start, last.1);
        tokens.truncate(n - 2);
    }
    let rest = tokens
        .join(" ")
        .trim_end_matches([' ', ',', '–', '-', ':', '(', '/'])
        .to_owned();
    (rest, Some(dates))
}

/// Every four-digit year in a text, in order: "vuosina 2019, 2021, 2023".
pub fn years(text: &str) -> Vec<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse().ok())
        .filter(|y| crate::model::YEAR_RANGE.contains(y))
        .collect()
}

/// A period written anywhere in a text: "Strategia 2027-2030", "2022 – 2025".
pub fn period_in(text: &str) -> Option<Period> {
    let fixed = text.replace(" – ", "–").replace(" - ", "–");
    fixed.split_whitespace().find_map(|t| {
        let t = t.trim_matches(|c: char| !c.is_ascii_digit());
        let (a, b) = t.split_once(['–', '-', '—'])?;
        let (a, b): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
        Period::new(PlanDate::year(a).ok()?, PlanDate::year(b).ok()?).ok()
    })
}

/// The words that name who is responsible.
const OWNER_WORDS: [&str; 4] = ["vastuu:", "vastuussa:", "vastuutaho:", "omistaja:"];

/// Takes "vastuu: X, Y" (in brackets or at the end) off a text: the text
/// left, the owners named and any dates among them.
pub fn owners(text: &str) -> (String, Vec<String>, Option<(PlanDate, PlanDate)>) {
    let lower = text.to_lowercase();
    let Some((at, word)) = OWNER_WORDS
        .iter()
        .find_map(|w| lower.find(w).map(|at| (at, *w)))
    else {
        return (text.to_owned(), Vec::new(), None);
    };
    // `at` is a byte index into the lower-cased text; lower-casing Finnish
    // keeps byte lengths, but be safe and fall back to the whole text.
    if !text.is_char_boundary(at) || !text.is_char_boundary(at + word.len()) {
        return (text.to_owned(), Vec::new(), None);
    }
    let before = &text[..at];
    let after = &text[at + word.len()..];
    let in_brackets = before.trim_end().ends_with('(')
        || before.matches('(').count() > before.matches(')').count();
    let (inside, tail) = match after.find(')') {
        Some(close) if in_brackets => (&after[..close], &after[close + 1..]),
        _ => (after, ""),
    };
    let mut head = before.trim_end().to_owned();
    if in_brackets && let Some(open) = head.rfind('(') {
        let kept = head[open + 1..]
            .trim()
            .trim_end_matches([',', ';'])
            .to_owned();
        head.truncate(open);
        if !kept.is_empty() {
            head = format!("{} ({kept})", head.trim_end());
        }
    }
    let rest = format!(
        "{} {}",
        head.trim_end().trim_end_matches([',', ';', '–', '-']),
        tail.trim()
    )
    .trim()
    .to_owned();
    let mut names = Vec::new();
    let mut dates = None;
    for part in inside.split([',', ';']).flat_map(|p| p.split(" ja ")) {
        let part = part.trim().trim_end_matches('.');
        if part.is_empty() {
            continue;
        }
        if let Some(d) = token_dates(&part.replace(' ', "")) {
            dates = Some(d);
        } else {
            let (name, d) = trailing_dates(part);
            if d.is_some() {
                dates = d;
            }
            if !name.is_empty() {
                names.push(sentence_case(&name));
            }
        }
    }
    (rest, names, dates)
}

/// Words of a title: a name with one of them is an office.
const TITLES: &[&str] = &[
    "päällikkö",
    "johtaja",
    "ohjaaja",
    "koordinaattori",
    "sihteeri",
    "asiantuntija",
];

/// What kind of owner a name is, by its words: a title with no name of a
/// person ("elinvoimajohtaja") is an office, a [`OwnerKind::Role`].
pub fn owner_kind(name: &str) -> OwnerKind {
    let l = name.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| l.contains(w));
    let words: Vec<&str> = name.split_whitespace().collect();
    let a_person = words.len() == 2 && words.iter().all(|w| w.starts_with(char::is_uppercase));
    if has(&[
        "hallitus",
        "valtuusto",
        "lautakun",
        "johtoryhm",
        "jaosto",
        "toimikun",
    ]) {
        OwnerKind::Board
    } else if TITLES.iter().any(|w| l.ends_with(w)) && !name.contains(' ') {
        // "Kaupunkisuunnittelupäällikkö" is an office, not the town.
        OwnerKind::Role
    } else if has(&[" oy", " ry", "kunta", "kaupunki", "yhtymä"]) {
        OwnerKind::Organisation
    } else if a_person {
        OwnerKind::Person
    } else if has(TITLES) {
        OwnerKind::Role
    } else {
        OwnerKind::Unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PlanDate {
        PlanDate::parse(s).unwrap()
    }

    #[test]
    fn dates_at_the_end_are_taken_at_the_precision_written() {
        assert_eq!(
            trailing_dates("Palvelustrategia (pl. sote-palvelut) 6/2019"),
            (
                "Palvelustrategia (pl. sote-palvelut)".into(),
                Some((d("6/2019"), d("6/2019")))
            )
        );
        assert_eq!(
            trailing_dates("Valtuustoseminaarit 11/2017 ja 12/2017").1,
            Some((d("11/2017"), d("12/2017")))
        );
        assert_eq!(
            trailing_dates("Asukasillat 2-3/2018").1,
            Some((d("2/2018"), d("3/2018")))
        );
        assert_eq!(
            trailing_dates("Hankintaohjelma 2022 – 2025"),
            ("Hankintaohjelma".into(), Some((d("2022"), d("2025"))))
        );
        assert_eq!(
            trailing_dates("Mittarit 10/ 2018").1,
            Some((d("10/2018"), d("10/2018")))
        );
        assert_eq!(
            trailing_dates("Kaupunginhallitus 4.6.2018/ 18.6.2018").1,
            Some((d("4.6.2018"), d("18.6.2018")))
        );
        assert_eq!(trailing_dates("Kehityskeskustelut").1, None);
    }

    #[test]
    fn owners_after_vastuu_are_taken_with_their_dates() {
        let (rest, names, dates) =
            owners("Yrittäjäaamiaiset (vastuu: elinvoimajohtaja ja Kaupunginhallitus, 2025–2029)");
        assert_eq!(rest, "Yrittäjäaamiaiset");
        assert_eq!(names, vec!["Elinvoimajohtaja", "Kaupunginhallitus"]);
        assert_eq!(dates, Some((d("2025"), d("2029"))));
        assert_eq!(owner_kind("Kaupunginhallitus"), OwnerKind::Board);
        assert_eq!(owner_kind("Jaana Utti"), OwnerKind::Person);
        assert_eq!(owner_kind("Elinvoimajohtaja"), OwnerKind::Role);
        assert_eq!(owner_kind("Kaupunkisuunnittelupäällikkö"), OwnerKind::Role);
    }

    #[test]
    fn capitals_become_a_sentence() {
        assert_eq!(
            sentence_case("VASTUULLINEN JOHTAMINEN"),
            "Vastuullinen johtaminen"
        );
        assert_eq!(sentence_case("yhdessä"), "Yhdessä");
        assert_eq!(norm("Talous  ja arkijärki!"), "talous ja arkijärki");
    }
}
