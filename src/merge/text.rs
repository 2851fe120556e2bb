//! Whether two copies' edits of one long text overlap.
//!
//! Automerge merges concurrent edits of a text character by character. That
//! is right where the copies edited different places (two paragraphs of one
//! value's meaning), and wrong where they rewrote the same words: the result
//! would interleave both rewrites. Each copy's text is compared with the
//! text both started from (a character diff); the base ranges each copy
//! deleted or replaced, widened to whole words, must not meet a range or an
//! insertion of the other copy. Insertions alone never overlap (two people
//! adding sentences, even at one place, both keep theirs).

/// One edit of a text, as a range of the base text's characters: deleted
/// or replaced (`start < end`), or an insertion at `start` (`start == end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    start: usize,
    end: usize,
}

/// Beyond this many differing characters the texts are taken as rewritten
/// between their common start and end (the diff's work grows with its square).
const MAX_DIFF: usize = 1_000;

/// The edits that turn `base` into `side`.
fn edits(base: &[char], side: &[char]) -> Vec<Edit> {
    let pre = base.iter().zip(side).take_while(|(a, b)| a == b).count();
    let suf = base[pre..]
        .iter()
        .rev()
        .zip(side[pre..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (a, b) = (&base[pre..base.len() - suf], &side[pre..side.len() - suf]);
    if a.is_empty() && b.is_empty() {
        return vec![];
    }
    if a.is_empty() || b.is_empty() || a.len() + b.len() > MAX_DIFF {
        return vec![Edit {
            start: pre,
            end: pre + a.len(),
        }];
    }
    // Myers' diff: the shortest script of deletions from `a` and insertions
    // of `b`, as positions in `a`.
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m) as usize;
    let off = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let mut end_d = None;
    'outer: for d in 0..=max as isize {
        // The diagonals step `d` can read, kept to walk back.
        trace.push(v[(off - d - 1) as usize..=(off + d + 1) as usize].to_vec());
        let mut k = -d;
        while k <= d {
            let i = (off + k) as usize;
            let mut x = if k == -d || (k != d && v[i - 1] < v[i + 1]) {
                v[i + 1]
            } else {
                v[i - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[i] = x;
            if x >= n && y >= m {
                end_d = Some(d);
                break 'outer;
            }
            k += 2;
        }
    }
    let Some(end_d) = end_d else {
        return vec![Edit {
            start: pre,
            end: pre + a.len(),
        }];
    };
    // Walk back: each step is one deletion of a[x] or one insertion at x.
    let mut raw: Vec<Edit> = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (1..=end_d).rev() {
        let t = &trace[d as usize];
        let at = |kk: isize| t[(kk + d + 1) as usize];
        let k = x - y;
        let down = k == -d || (k != d && at(k - 1) < at(k + 1));
        let pk = if down { k + 1 } else { k - 1 };
        let px = at(pk);
        let py = px - pk;
        let pos = pre + px as usize;
        raw.push(if down {
            Edit {
                start: pos,
                end: pos,
            }
        } else {
            Edit {
                start: pos,
                end: pos + 1,
            }
        });
        x = px;
        y = py;
    }
    raw.reverse();
    // Runs of deletions and insertions that touch become one edit.
    let mut out: Vec<Edit> = Vec::new();
    for e in raw {
        match out.last_mut() {
            Some(last) if e.start <= last.end => last.end = last.end.max(e.end),
            _ => out.push(e),
        }
    }
    out
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// A deletion or replacement widened to the whole words it cuts into.
fn widened(base: &[char], e: Edit) -> Edit {
    if e.start == e.end {
        return e;
    }
    let (mut start, mut end) = (e.start, e.end);
    while start > 0 && start < base.len() && is_word(base[start - 1]) && is_word(base[start]) {
        start -= 1;
    }
    while end < base.len() && end > 0 && is_word(base[end - 1]) && is_word(base[end]) {
        end += 1;
    }
    Edit { start, end }
}

fn meet(base: &[char], x: Edit, y: Edit) -> bool {
    let (x, y) = (widened(base, x), widened(base, y));
    match (x.start == x.end, y.start == y.end) {
        (true, true) => false,
        (true, false) => y.start <= x.start && x.start <= y.end,
        (false, true) => x.start <= y.start && y.start <= x.end,
        (false, false) => x.start < y.end && y.start < x.end,
    }
}

/// Whether the edits that made `a` and `b` from `base` overlap.
pub fn overlap(base: &str, a: &str, b: &str) -> bool {
    let base: Vec<char> = base.chars().collect();
    let ea = edits(&base, &a.chars().collect::<Vec<_>>());
    let eb = edits(&base, &b.chars().collect::<Vec<_>>());
    ea.iter().any(|&x| eb.iter().any(|&y| meet(&base, x, y)))
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
}
