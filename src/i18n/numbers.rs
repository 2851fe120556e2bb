//! Numbers as each language prints them: the one place a handout turns a
//! figure into text. Finnish and Swedish group thousands with a no-break
//! space and use a decimal comma (18 420; 1,5), English a comma and a
//! point (18,420; 1.5); a unit follows after a no-break space (1,5 %,
//! 12 %, 18 420 as.), so that a line never breaks inside a quantity.

use super::Lang;

/// The no-break space between the groups of a number and before its unit.
pub const NBSP: char = '\u{a0}';

/// `v` as `lang` writes it, to at most two decimals, without trailing zeros.
pub fn number(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let fixed = format!("{:.2}", v.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        _ => (NBSP, ','),
    };
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    if v < 0.0 && (digits.iter().any(|c| *c != '0') || !frac.is_empty()) {
        out.push('−');
    }
    // Four-digit numbers stay whole in Finnish and Swedish (2026, 1500), as
    // the Finnish style guides write them; longer ones are grouped.
    let grouped = digits.len() > 4 || (lang == Lang::En && digits.len() > 3);
    for (i, c) in digits.iter().enumerate() {
        if grouped && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(*c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// `v` with its `unit` after a no-break space (just the number without one).
pub fn quantity(v: f64, unit: &str, lang: Lang) -> String {
    let n = number(v, lang);
    match unit.trim() {
        "" => n,
        u => format!("{n}{NBSP}{u}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: String) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn finnish_numbers_group_thousands_with_a_space_and_take_a_decimal_comma() {
        assert_eq!(plain(number(18420.0, Lang::Fi)), "18 420");
        assert_eq!(plain(number(1234567.5, Lang::Fi)), "1 234 567,5");
        assert_eq!(number(1.5, Lang::Fi), "1,5");
        assert_eq!(number(2026.0, Lang::Fi), "2026");
        assert_eq!(number(-0.25, Lang::Sv), "−0,25");
        assert_eq!(number(0.0, Lang::Fi), "0");
        assert_eq!(number(12.0, Lang::Fi), "12");
    }

    #[test]
    fn english_numbers_group_with_a_comma_and_a_unit_follows_a_no_break_space() {
        assert_eq!(number(18420.0, Lang::En), "18,420");
        assert_eq!(number(1.5, Lang::En), "1.5");
        assert_eq!(plain(quantity(1.5, "%", Lang::Fi)), "1,5 %");
        assert_eq!(plain(quantity(12.0, "%", Lang::Fi)), "12 %");
        assert_eq!(quantity(3.0, " ", Lang::Fi), "3");
        assert!(quantity(18420.0, "as.", Lang::Fi).contains(NBSP));
    }
}
