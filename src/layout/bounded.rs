//! Where a strategy's texts enter the layout: each cut to the limit
//! validation sets for its field ([`MAX_NAME`], [`MAX_TEXT`]) with an
//! ellipsis, and cleared of characters that have no glyph
//! ([`text::clean`]), before anything is shaped or hyphenated. A strategy
//! read without validation (a damaged file, an import, a paste) then costs
//! the layout what a valid one does, and the PDF and the SVG show the same
//! characters. A strategy already within the limits is not copied.

use std::borrow::Cow;

use crate::model::{Bullet, Strategy};
use crate::text;
use crate::validate::{MAX_NAME, MAX_TEXT};

/// Calls `$f(text, limit)` on every text of the strategy `$s` that a
/// handout can show; `$($m)*` is `mut` for the walk that changes them.
macro_rules! texts {
    ($s:expr, $f:expr, $($m:tt)*) => {{
        let s = & $($m)* $s;
        let f = & mut $f;
        f(& $($m)* s.town, MAX_NAME);
        f(& $($m)* s.name, MAX_NAME);
        f(& $($m)* s.theme_label.singular, MAX_NAME);
        f(& $($m)* s.theme_label.plural, MAX_NAME);
        f(& $($m)* s.values_label, MAX_NAME);
        f(& $($m)* s.vision, MAX_TEXT);
        f(& $($m)* s.mission, MAX_TEXT);
        f(& $($m)* s.slogan, MAX_TEXT);
        f(& $($m)* s.description, MAX_TEXT);
        f(& $($m)* s.governance, MAX_TEXT);
        for it in (& $($m)* s.starting_points).into_iter().chain(& $($m)* s.foundation) {
            item!(it, f, $($m)*);
        }
        for v in & $($m)* s.values {
            f(& $($m)* v.name, MAX_NAME);
            f(& $($m)* v.tagline, MAX_TEXT);
            f(& $($m)* v.meaning, MAX_TEXT);
            bullets!(v.points, f, $($m)*);
        }
        for t in & $($m)* s.themes {
            f(& $($m)* t.name, MAX_NAME);
            f(& $($m)* t.code, MAX_NAME);
            f(& $($m)* t.tagline, MAX_TEXT);
            f(& $($m)* t.description, MAX_TEXT);
            f(& $($m)* t.change_shows, MAX_TEXT);
            for g in & $($m)* t.goals {
                f(& $($m)* g.name, MAX_NAME);
                f(& $($m)* g.description, MAX_TEXT);
            }
            for it in & $($m)* t.success_factors {
                item!(it, f, $($m)*);
            }
        }
        for a in & $($m)* s.actions {
            f(& $($m)* a.name, MAX_NAME);
            f(& $($m)* a.description, MAX_TEXT);
            for c in & $($m)* a.status_history {
                f(& $($m)* c.note, MAX_TEXT);
            }
        }
        for o in & $($m)* s.owners {
            f(& $($m)* o.name, MAX_NAME);
            f(& $($m)* o.role, MAX_NAME);
        }
        for d in & $($m)* s.documents {
            f(& $($m)* d.name, MAX_NAME);
            f(& $($m)* d.description, MAX_TEXT);
        }
        for p in & $($m)* s.phases {
            f(& $($m)* p.name, MAX_NAME);
            f(& $($m)* p.description, MAX_TEXT);
        }
        for m in & $($m)* s.milestones {
            f(& $($m)* m.name, MAX_NAME);
            f(& $($m)* m.description, MAX_TEXT);
        }
        for i in & $($m)* s.indicators {
            f(& $($m)* i.name, MAX_NAME);
            f(& $($m)* i.unit, MAX_NAME);
            f(& $($m)* i.source, MAX_TEXT);
            let ms = (& $($m)* i.baseline).into_iter().chain(& $($m)* i.target);
            for m in ms.chain(& $($m)* i.actuals) {
                f(& $($m)* m.note, MAX_TEXT);
            }
        }
        for e in & $($m)* s.events {
            f(& $($m)* e.name, MAX_NAME);
            f(& $($m)* e.place, MAX_NAME);
            f(& $($m)* e.description, MAX_TEXT);
            for it in & $($m)* e.topics {
                item!(it, f, $($m)*);
            }
        }
    }};
}

macro_rules! item {
    ($it:expr, $f:expr, $($m:tt)*) => {{
        $f(& $($m)* $it.name, MAX_NAME);
        $f(& $($m)* $it.description, MAX_TEXT);
    }};
}

macro_rules! bullets {
    ($bs:expr, $f:expr, $($m:tt)*) => {{
        // Bullets nest: walk them with a stack, not recursion.
        let mut stack: Vec<& $($m)* Bullet> = (& $($m)* $bs).into_iter().collect();
        while let Some(b) = stack.pop() {
            $f(& $($m)* b.text, MAX_NAME);
            stack.extend(& $($m)* b.children);
        }
    }};
}

/// `s` with every text within its limit and free of glyph-less characters;
/// `s` itself when it already is.
pub fn bounded(s: &Strategy) -> Cow<'_, Strategy> {
    let mut clean = true;
    texts!(s, |t: &String, max| clean &= text::is_clean(t, max),);
    if clean {
        return Cow::Borrowed(s);
    }
    let mut owned = s.clone();
    texts!(
        owned,
        |t: &mut String, max| {
            if let Cow::Owned(c) = text::clean(t, max) {
                *t = c;
            }
        },
        mut
    );
    Cow::Owned(owned)
}
