//! Positions of entities in a list, as strings that sort between each other.
//!
//! Entities of a list are kept in the history keyed by id, each with a
//! position key; the list is the entities sorted by (position, id). A new
//! entity between two others gets a key strictly between theirs, so inserting
//! or moving one entity writes one value and two people inserting at the same
//! place both keep their entities. Keys are base-62 fractions (`0-9A-Za-z`,
//! in ASCII order) that never end in the smallest digit, so there is always
//! room between two different keys.

const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE: u32 = 62;

fn value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        b'a'..=b'z' => u32::from(c - b'a') + 36,
        // Not one of ours (a hand-made file): sorts as the smallest digit.
        _ => 0,
    }
}

/// A key strictly between `lo` and `hi` (`""` is before everything, `None`
/// after everything). `lo` must sort before `hi`; if it does not, the result
/// is only guaranteed to sort after `lo`.
pub fn between(lo: &str, hi: Option<&str>) -> String {
    let lo = lo.as_bytes();
    let mut hi = hi.map(str::as_bytes).filter(|h| *h > lo);
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let l = lo.get(i).map_or(0, |c| value(*c));
        let h = match hi.map(|h| h.get(i)) {
            Some(Some(c)) => value(*c),
            // `hi` is a prefix of what is built so far: nothing fits below
            // it any more (only hand-made keys end in the smallest digit).
            Some(None) => {
                hi = None;
                BASE
            }
            None => BASE,
        };
        if h > l + 1 {
            out.push(DIGITS[((l + h) / 2) as usize]);
            break;
        }
        out.push(DIGITS[l as usize]);
        if h == l + 1 {
            // Everything after this prefix sorts below `hi`.
            hi = None;
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `n` keys in increasing order, strictly between `lo` and `hi`, kept short
/// by bisection.
pub fn spread(lo: &str, hi: Option<&str>, n: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(n);
    fill(lo, hi, n, &mut out);
    out
}

fn fill(lo: &str, hi: Option<&str>, n: usize, out: &mut Vec<String>) {
    if n == 0 {
        return;
    }
    let mid = between(lo, hi);
    let left = (n - 1) / 2;
    fill(lo, Some(&mid), left, out);
    out.push(mid.clone());
    fill(&mid, hi, n - 1 - left, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_first_key_is_in_the_middle() {
        assert_eq!(between("", None), "V");
    }

    #[test]
    fn keys_spread_over_many_items_stay_short_and_sorted() {
        let keys = spread("", None, 5000);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(
            keys.iter().all(|k| k.len() <= 4),
            "{:?}",
            keys.iter().map(String::len).max()
        );
    }

    #[test]
    fn adjacent_keys_still_have_room_between_them() {
        let a = "V";
        let b = between(a, None);
        let mut lo = a.to_owned();
        for _ in 0..200 {
            let k = between(&lo, Some(&b));
            assert!(lo < k && k.as_str() < b.as_str());
            lo = k;
        }
    }

    proptest! {
        #[test]
        fn a_key_between_two_keys_sorts_between_them(a in "[0-9A-Za-z]{0,6}[1-9A-Za-z]", b in "[0-9A-Za-z]{0,6}[1-9A-Za-z]") {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            prop_assume!(lo != hi);
            let k = between(&lo, Some(&hi));
            prop_assert!(lo < k && k < hi, "{lo} < {k} < {hi}");
            let after = between(&hi, None);
            prop_assert!(after > hi);
            let before = between("", Some(&lo));
            prop_assert!(before < lo && !before.is_empty());
        }
    }
}
