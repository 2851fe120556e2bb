//! Normalising pasted text: one [`Row`] per logical line, with its bullet,
//! number, indent and heading marks read off and the hard wraps joined.

/// How a row is marked at its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// No mark: prose or a plain line.
    None,
    /// A bullet: •, ●, -, –, *, ▪, ◦, ·.
    Bullet,
    /// A number: "1.", "2)", "1.1".
    Number { top: u32, nested: bool },
    /// An arrow: →, ➤, ►, ▶, =>.
    Arrow,
}

/// One logical line: the text of one or more joined source lines.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    /// The source lines it covers (1-based).
    pub lines: Vec<usize>,
    /// The cleaned text, its marks removed.
    pub text: String,
    /// Leading spaces of its first source line (a tab counts four).
    pub indent: usize,
    /// Its mark.
    pub mark: Mark,
    /// Markdown heading level (`#` = 1), if it is one.
    pub md_heading: Option<usize>,
    /// Whether the whole text was bold (`**…**`).
    pub bold: bool,
    /// Whether a blank line comes before it.
    pub blank_before: bool,
}

impl Row {
    /// Whether every letter is upper case (and there are at least two).
    pub fn is_caps(&self) -> bool {
        let letters: Vec<char> = self.text.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    }

    /// Whether it ends like a sentence.
    pub fn is_sentence(&self) -> bool {
        self.text.ends_with(['.', '!']) && self.words() > 3
    }

    /// The number of words.
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// Whether it is marked as a heading by its looks: a Markdown heading,
    /// capitals, bold, or an arrow or round bullet before capitals.
    pub fn looks_like_heading(&self) -> bool {
        self.md_heading.is_some() || (self.is_caps() && self.words() <= 12) || self.bold
    }
}

/// Cleans a character: soft hyphens and zero-width marks go, odd spaces
/// become spaces.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}'
            )
        })
        .map(|c| match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' => ' ',
            '\t' => ' ',
            c => c,
        })
        .collect()
}

/// Reads a leading number: "1.", "2)", "1.1", "1.1." — not a date or a year.
fn number(text: &str) -> Option<(u32, bool, &str)> {
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let rest = &text[digits.len()..];
    let top = digits.parse().ok()?;
    if let Some(r) = rest.strip_prefix(')') {
        return r.starts_with(' ').then(|| (top, false, r.trim_start()));
    }
    let r = rest.strip_prefix('.')?;
    if let Some(r) = r.strip_prefix(' ') {
        // "16.5. klo" is a date, not a number: a number is followed by a word.
        return (!r.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| (top, false, r.trim_start()));
    }
    let sub: String = r.chars().take_while(|c| c.is_ascii_digit()).collect();
    if sub.is_empty() || sub.len() > 2 {
        return None;
    }
    let r = &r[sub.len()..];
    let (r, dotted) = match r.strip_prefix('.') {
        Some(r) => (r, true),
        None => (r, false),
    };
    let rest = r.trim_start();
    // "16.5. klo 9" is a day and a month: a dotted "1.1." numbers a
    // capitalised item only.
    (r.starts_with(' ') && (!dotted || rest.starts_with(char::is_uppercase)))
        .then_some((top, true, rest))
}

/// Splits a line's marks from its text.
fn marks(raw: &str) -> (usize, Mark, Option<usize>, String) {
    let indent: usize = raw
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let mut t = clean(raw).trim().to_owned();
    let mut md = None;
    if t.starts_with('#') {
        let level = t.chars().take_while(|c| *c == '#').count();
        if t[level..].starts_with(' ') && level <= 6 {
            md = Some(level);
            t = t[level..].trim().to_owned();
        }
    }
    let mut mark = Mark::None;
    for (prefix, m) in [
        ("→", Mark::Arrow),
        ("➤", Mark::Arrow),
        ("►", Mark::Arrow),
        ("▶", Mark::Arrow),
        ("=>", Mark::Arrow),
        ("•", Mark::Bullet),
        ("●", Mark::Bullet),
        ("▪", Mark::Bullet),
        ("◦", Mark::Bullet),
        ("○", Mark::Bullet),
        ("·", Mark::Bullet),
        ("- ", Mark::Bullet),
        ("– ", Mark::Bullet),
        ("* ", Mark::Bullet),
    ] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim().to_owned();
            mark = m;
            break;
        }
    }
    if mark == Mark::None
        && let Some((top, nested, rest)) = number(&t)
    {
        mark = Mark::Number { top, nested };
        t = rest.to_owned();
    }
    (indent, mark, md, t)
}

/// Removes emphasis around the whole text (`**bold**`, `*italic*`, `_x_`);
/// says whether it was bold.
fn unemphasise(text: &str) -> (String, bool) {
    for (m, bold) in [("**", true), ("__", true), ("*", false), ("_", false)] {
        if text.len() > 2 * m.len()
            && let Some(inner) = text.strip_prefix(m).and_then(|t| t.strip_suffix(m))
            && !inner.contains(m)
        {
            return (inner.trim().to_owned(), bold);
        }
    }
    (text.replace("**", ""), false)
}

/// Whether `next` carries on the sentence of `prev` (a hard wrap).
fn continues(prev: &str, next_raw: &str) -> bool {
    let next = clean(next_raw);
    let next = next.trim();
    let (_, mark, md, _) = marks(next_raw);
    if mark != Mark::None || md.is_some() || next.is_empty() {
        return false;
    }
    let open = |o: &str, c: &str| prev.matches(o).count() > prev.matches(c).count();
    let open_em = prev.matches("**").count() % 2 == 1
        || (prev.starts_with('*') && !prev.starts_with("**") && !prev.ends_with('*'));
    prev.ends_with(['&', ',', '–', '-', '(', '/'])
        || next.starts_with(|c: char| c.is_lowercase() || c == '(')
        || open("(", ")")
        || open_em
}

/// The rows of a text: marks read, wraps joined, blank lines dropped.
pub(crate) fn rows(text: &str) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut blank = true;
    let mut raw_prev = String::new();
    for (k, raw) in text.lines().enumerate() {
        let number = k + 1;
        if clean(raw).trim().is_empty() {
            blank = true;
            continue;
        }
        if !blank
            && let Some(last) = rows.last_mut()
            && continues(raw_prev.trim(), raw)
        {
            let next = clean(raw);
            let next = next.trim();
            let joined = if raw_prev.trim_end().ends_with('-')
                && !raw_prev.trim_end().ends_with(" -")
                && next.starts_with(|c: char| c.is_lowercase())
            {
                // "sosiaali-\nja" keeps its hyphen; a word broken at a
                // hyphen "kehittä-\nminen" is joined.
                format!("{}{}", raw_prev.trim_end(), next)
            } else {
                format!("{} {}", raw_prev.trim_end(), next)
            };
            raw_prev = joined;
            let (_, _, _, t) = marks(&raw_prev);
            let (t, bold) = unemphasise(&t);
            last.text = t;
            last.bold = bold;
            last.lines.push(number);
            continue;
        }
        let (indent, mark, md_heading, t) = marks(raw);
        raw_prev = raw.to_owned();
        let (t, bold) = unemphasise(&t);
        rows.push(Row {
            lines: vec![number],
            text: t,
            indent,
            mark,
            md_heading,
            bold,
            blank_before: blank,
        });
        blank = false;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_numbers_and_arrows_are_read_off_and_their_text_kept() {
        let r = rows("• Yksi\n\n- kaksi\n\n2. Kolme\n\n→ *Neljä*\n\n1.2 Viisi\n\n16.5. klo 9");
        let marks: Vec<Mark> = r.iter().map(|r| r.mark).collect();
        assert_eq!(
            marks,
            vec![
                Mark::Bullet,
                Mark::Bullet,
                Mark::Number {
                    top: 2,
                    nested: false
                },
                Mark::Arrow,
                Mark::Number {
                    top: 1,
                    nested: true
                },
                Mark::None
            ]
        );
        assert_eq!(r[3].text, "Neljä");
        assert_eq!(r[5].text, "16.5. klo 9");
    }

    #[test]
    fn a_hard_wrapped_line_is_joined_and_keeps_both_line_numbers() {
        let r =
            rows("Prosessien sujuvoittamisoperaatio &\ndokumenttien yksinkertaistus\n\nSeuraava");
        assert_eq!(
            r[0].text,
            "Prosessien sujuvoittamisoperaatio & dokumenttien yksinkertaistus"
        );
        assert_eq!(r[0].lines, vec![1, 2]);
        assert_eq!(r[1].lines, vec![4]);
    }

    #[test]
    fn soft_hyphens_and_bold_marks_are_removed() {
        let r = rows("**Kaupunki\u{ad}strategia\njuurruttaminen**");
        assert_eq!(r[0].text, "Kaupunkistrategia juurruttaminen");
        assert!(r[0].bold);
    }
}
