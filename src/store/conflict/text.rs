//! Whether copies' edits of one long text overlap, and a three-way merge of
//! two versions of a text that keeps every edit that does not overlap.
//!
//! Automerge merges concurrent edits of a text character by character. That
//! is right where the copies edited different places (two paragraphs of one
//! value's meaning), and wrong where they rewrote the same words: the result
//! would interleave both rewrites. Each copy's text is compared with the
//! text both started from (a character diff, [`similar`]'s Myers); the base
//! ranges each copy deleted or replaced, widened to whole words, must not
//! meet a range or an insertion of the other copy. Insertions alone never
//! overlap (two people adding sentences, even at one place, both keep
//! theirs). [`merge`] applies both copies' edits to their base and, where
//! edits meet, keeps one copy's: the values a text conflict offers.

use std::collections::HashSet;

use similar::{Algorithm, DiffTag, capture_diff_slices};

/// One edit of a text, as a range of the base text's characters deleted or
/// replaced (`start < end`), or an insertion at `start` (`start == end`),
/// with the characters put in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    start: usize,
    end: usize,
    insert: Vec<char>,
}

impl Edit {
    fn is_insertion(&self) -> bool {
        self.start == self.end
    }
}

/// The edits that turn `base` into `side`, in base order; edits that touch
/// are one edit.
fn edits(base: &[char], side: &[char]) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, base, side) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        let insert = side.get(new).unwrap_or_default().to_vec();
        match out.last_mut() {
            Some(last) if old.start <= last.end => {
                last.end = last.end.max(old.end);
                last.insert.extend(insert);
            }
            _ => out.push(Edit {
                start: old.start,
                end: old.end,
                insert,
            }),
        }
    }
    out
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// One copy's edit as a person made it: the raw edits of the diff that only
/// letters of one word separate (a character diff of a rewritten phrase
/// keeps stray letters that happen to recur, and cuts the rewrite into
/// pieces around them).
#[derive(Debug)]
struct Group {
    pieces: Vec<Edit>,
    /// Whether any piece deletes or replaces base text.
    deletes: bool,
    /// The base range from the first piece to the last, widened to the
    /// whole words it cuts into (for an edit that deletes).
    span: (usize, usize),
}

fn grouped(base: &[char], raw: Vec<Edit>) -> Vec<Group> {
    let mut runs: Vec<Vec<Edit>> = Vec::new();
    for e in raw {
        match runs.last_mut() {
            Some(run)
                if run
                    .last()
                    .is_some_and(|l| inside_one_word(base, l.end, e.start)) =>
            {
                run.push(e)
            }
            _ => runs.push(vec![e]),
        }
    }
    runs.into_iter()
        .map(|pieces| {
            let deletes = pieces.iter().any(|e| !e.is_insertion());
            let start = pieces.first().map_or(0, |e| e.start);
            let end = pieces.last().map_or(0, |e| e.end);
            let span = if deletes {
                widened(base, start, end)
            } else {
                (start, end)
            };
            Group {
                pieces,
                deletes,
                span,
            }
        })
        .collect()
}

/// Whether the base characters `from..to` between two pieces of a diff are
/// letters inside one word that both pieces cut into (not a whole word, nor
/// the start or end of one).
fn inside_one_word(base: &[char], from: usize, to: usize) -> bool {
    from > 0
        && is_word(base[from - 1])
        && base.get(to).is_some_and(|c| is_word(*c))
        && base[from..to].iter().all(|c| is_word(*c))
}

/// A base range widened to the whole words it cuts into.
fn widened(base: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    while start > 0 && start < base.len() && is_word(base[start - 1]) && is_word(base[start]) {
        start -= 1;
    }
    while end < base.len() && end > 0 && is_word(base[end - 1]) && is_word(base[end]) {
        end += 1;
    }
    (start, end)
}

/// Whether two copies' edits meet: two deletions whose widened ranges
/// share a character, or an insertion inside or at the edge of the other's
/// widened deletion. (Even the same deletion in both: the two diffs may
/// cut it differently, and Automerge would delete both cuts.)
fn meet(x: &Group, y: &Group) -> bool {
    let inside = |ins: &Group, del: &Group| {
        ins.pieces
            .iter()
            .any(|p| del.span.0 <= p.start && p.start <= del.span.1)
    };
    match (x.deletes, y.deletes) {
        (false, false) => false,
        (false, true) => inside(x, y),
        (true, false) => inside(y, x),
        (true, true) => x.span.0 < y.span.1 && y.span.0 < x.span.1,
    }
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn groups(base: &[char], side: &str) -> Vec<Group> {
    grouped(base, edits(base, &chars(side)))
}

/// Whether the edits that made `a` and `b` from `base` overlap.
pub fn overlap(base: &str, a: &str, b: &str) -> bool {
    let base = chars(base);
    let (ga, gb) = (groups(&base, a), groups(&base, b));
    ga.iter().any(|x| gb.iter().any(|y| meet(x, y)))
}

/// `base` with the edits of both `ours` and `theirs`: every edit that meets
/// no edit of the other (directly or through others) is applied; of a set
/// of edits that meet, only `ours`' (when `keep_ours`) or only `theirs'`.
/// Insertions of both at one place: `ours` first.
pub fn merge(base: &str, ours: &str, theirs: &str, keep_ours: bool) -> String {
    let base = chars(base);
    let (ga, gb) = (groups(&base, ours), groups(&base, theirs));
    // The sets of edits that meet, as a union-find over ours then theirs.
    let n = ga.len();
    let mut set: Vec<usize> = (0..n + gb.len()).collect();
    fn root(set: &mut [usize], mut i: usize) -> usize {
        while set[i] != i {
            set[i] = set[set[i]];
            i = set[i];
        }
        i
    }
    for (i, x) in ga.iter().enumerate() {
        for (j, y) in gb.iter().enumerate() {
            if meet(x, y) {
                let (a, b) = (root(&mut set, i), root(&mut set, n + j));
                set[a] = b;
            }
        }
    }
    let roots: Vec<usize> = (0..set.len()).map(|i| root(&mut set, i)).collect();
    let of_ours: HashSet<usize> = roots[..n].iter().copied().collect();
    let of_theirs: HashSet<usize> = roots[n..].iter().copied().collect();
    let clashes = |r: usize| of_ours.contains(&r) && of_theirs.contains(&r);
    let mut chosen: Vec<(&Edit, bool)> = Vec::new();
    for (k, g) in ga.iter().chain(&gb).enumerate() {
        let theirs = k >= n;
        if !clashes(roots[k]) || keep_ours != theirs {
            chosen.extend(g.pieces.iter().map(|e| (e, theirs)));
        }
    }
    chosen.sort_by_key(|(e, theirs)| (e.start, e.end, *theirs));
    let mut out = String::with_capacity(base.len());
    let mut at = 0;
    for (e, _) in chosen {
        // Chosen edits never overlap (those that would, meet).
        let from = e.start.max(at);
        out.extend(&base[at..from]);
        out.extend(&e.insert);
        at = e.end.max(from);
    }
    out.extend(&base[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(base: &str, side: &str) -> Vec<(usize, usize)> {
        let base: Vec<char> = base.chars().collect();
        edits(&base, &side.chars().collect::<Vec<_>>())
            .into_iter()
            .map(|e| (e.start, e.end))
            .collect()
    }

    #[test]
    fn a_diff_finds_each_separate_edit_in_base_positions() {
        assert!(apply("abc", "abc").is_empty());
        assert_eq!(apply("abc", "aXbc"), vec![(1, 1)]);
        assert_eq!(apply("abcdef", "aXcdeY"), vec![(1, 2), (5, 6)]);
        assert_eq!(apply("abc", ""), vec![(0, 3)]);
    }

    #[test]
    fn edits_of_two_paragraphs_do_not_overlap() {
        let base = "Ensimmäinen kappale kertoo palvelusta.\n\nToinen kappale kertoo yhteistyöstä.";
        let a = base.replace("kertoo palvelusta", "kertoo hyvästä palvelusta");
        let b = base.replace("yhteistyöstä", "avoimesta yhteistyöstä");
        assert!(!overlap(base, &a, &b));
        let c = base.replace("Ensimmäinen", "Ensimmäinen lyhyt");
        let d = base.replace("Toinen kappale", "Toinen, pitkä kappale");
        assert!(!overlap(base, &c, &d));
    }

    #[test]
    fn insertions_at_one_place_do_not_overlap() {
        assert!(!overlap("visio", "<A>visio", "<B>visio"));
        assert!(!overlap("visio", "vi<A>sio", "vis<B>io"));
    }

    #[test]
    fn rewriting_the_same_words_overlaps() {
        let base = "Paimio on hyvä paikka elää.";
        assert!(overlap(
            base,
            "Paimio on paras paikka elää.",
            "Paimio on mukava paikka elää."
        ));
        // One word changed inside, the other at its end: still one word.
        assert!(overlap(
            base,
            "Paimio on hyvin paikka elää.",
            "Paimio on hyvää paikka elää."
        ));
        // A deleted sentence and an edit inside it.
        assert!(overlap(
            "Yksi. Kaksi kolme. Neljä.",
            "Yksi. Neljä.",
            "Yksi. Kaksi ja kolme. Neljä."
        ));
    }

    #[test]
    fn a_merge_keeps_both_copies_edits_where_they_do_not_meet() {
        let base = "Yksi kaksi.\n\nKolme neljä.";
        let a = "Yksi kolme.\n\nKolme neljä.";
        let b = "Yksi kaksi.\n\nKolme viisi.";
        for keep_ours in [true, false] {
            assert_eq!(merge(base, a, b, keep_ours), "Yksi kolme.\n\nKolme viisi.");
        }
        assert_eq!(merge("visio", "<A>visio", "<B>visio", true), "<A><B>visio");
    }

    #[test]
    fn a_merge_of_edits_that_meet_keeps_the_chosen_copys_and_every_other_edit() {
        let base = "Paimio on hyvä paikka.\n\nLuonto on kaunis.";
        let a = "Paimio on paras paikka.\n\nLuonto on kaunis.";
        let b = "Paimio on mukava paikka.\n\nLuonto on kaunis ja puhdas.";
        assert_eq!(
            merge(base, a, b, true),
            "Paimio on paras paikka.\n\nLuonto on kaunis ja puhdas."
        );
        assert_eq!(merge(base, a, b, false), b);
        // A sentence deleted in one and edited in the other: one of them.
        let base = "Yksi. Kaksi kolme. Neljä.";
        assert_eq!(
            merge(base, "Yksi. Neljä.", "Yksi. Kaksi ja kolme. Neljä.", true),
            "Yksi. Neljä."
        );
    }

    #[test]
    fn a_rewritten_phrase_is_one_edit_not_the_letters_a_character_diff_kept() {
        let base = "Paimio on hyvä paikka elää.\n\nPalvelut.";
        let a = "Paimio on paras paikka asua.\n\nPalvelut.";
        let b = "Paimio on turvallinen kotikunta.\n\nKaikki palvelut.";
        assert!(overlap(base, a, b));
        assert_eq!(
            merge(base, a, b, true),
            "Paimio on paras paikka asua.\n\nKaikki palvelut."
        );
        assert_eq!(merge(base, a, b, false), b);
    }

    #[test]
    fn a_whole_word_kept_between_two_deletions_keeps_them_two_edits() {
        let base = "silta tori koulu puisto ranta";
        let b = "tori puisto ranta";
        assert!(!overlap(base, "silta tori koulu puisto", b));
        assert_eq!(
            merge(base, "silta tori koulu puisto", b, true),
            "tori puisto"
        );
        // Both deleted the same word: a clash, but the other deletion stays.
        assert!(overlap(base, "silta tori puisto ranta", b));
        assert_eq!(merge(base, "silta tori puisto ranta", b, true), b);
    }

    #[test]
    fn a_deletion_that_cuts_into_a_word_is_not_joined_to_one_before_that_word() {
        let base = "lähde saari tunturi laakso kallio";
        let a = "lähde saari uusi laakso kallio";
        let b = "lähde saari laakso";
        assert!(overlap(base, a, b));
        assert_eq!(merge(base, a, b, true), "lähde saari uusi laakso");
    }
}
