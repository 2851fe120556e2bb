//! What the paper size does to a handout. The strategy on a page, the action
//! plan and the progress report are set for A4; on A3 the same page is set
//! again at √2 the size, type and rules and gaps alike (an 8 pt table on A4
//! is an 11.3 pt one on A3), so a wall copy reads from across the room and
//! fills its sheet as the A4 fills its own. An action plan or a progress
//! report that fills less than 70 % of its one page is set on a smaller
//! sheet and enlarged (up to 1.5 ×), no larger than it needs to fill three
//! quarters of the page, and never so large that it shortens more texts or
//! runs onto a second page; its long names wrap onto more lines instead. The roadmap finds its own row heights and type
//! sizes for the page it is given ([`super::roadmap`]). [`used_height`]
//! measures how much of a page a layout fills.

use super::{Kind, Layout, Medium, Paper, Shape, View};

/// How much larger A3 is than A4, side for side.
pub(super) const A3_OVER_A4: f32 = std::f32::consts::SQRT_2;

/// How much of its page a one-page handout should fill at least.
const FILL: f32 = 0.70;

/// What a short handout is set larger to fill: a little over [`FILL`], so
/// that it is enlarged no more than it needs.
const AIM: f32 = 0.75;

/// The enlargements tried for a short handout, smallest first: 1.5 sets
/// an 8 pt table at 12 pt, as large as a handout's text is ever set.
const LARGER: [f32; 5] = [1.1, 1.2, 1.3, 1.4, 1.5];

/// The reductions tried for a handout that runs a little onto a second
/// page, largest first: 0.9 sets an 8 pt table at 7.2 pt, as small as a
/// handout's text is ever set.
const SMALLER: [f32; 2] = [0.95, 0.9];

/// A second page that holds less than this share of its height (its title
/// block included) is spill: the handout is set a little smaller to end on
/// its first page.
const SPILL: f32 = 0.3;

/// Whether `view` is a handout that is set larger when short.
pub(super) fn refits(view: &View) -> bool {
    matches!(view.kind, Kind::Actions | Kind::Progress)
        && matches!(view.medium, Medium::Paper { .. })
        && view.sheet.is_none()
}

/// `plain` when it fills its page (or runs over one); else the smallest
/// enlargement `set_at(k)` (laid out on a sheet 1/k the size) that fills
/// [`AIM`] of the page, or failing that the largest that stays on one page,
/// shortens no more texts and leaves the footer room, enlarged to `size`.
/// One that runs onto a second page by a few lines ([`SPILL`]) is set a
/// little smaller ([`SMALLER`]) when that ends it on the first.
pub(super) fn filled(
    plain: Layout,
    size: (f32, f32),
    set_at: impl Fn(f32) -> super::Result<Layout>,
) -> super::Result<Layout> {
    if plain.pages.len() == 2 && used_height(&plain.pages[1]) < SPILL {
        for k in SMALLER {
            let l = set_at(k)?;
            if l.pages.len() == 1 && l.truncated.len() <= plain.truncated.len() {
                return Ok(enlarged(l, size, k));
            }
        }
        return Ok(plain);
    }
    if plain.pages.len() != 1 || used_height(&plain.pages[0]) >= FILL {
        return Ok(plain);
    }
    let mut best = None;
    for k in LARGER {
        let l = set_at(k)?;
        if l.pages.len() != 1
            || l.truncated.len() > plain.truncated.len()
            || used_height(&l.pages[0]) > 0.93
        {
            continue;
        }
        let enough = used_height(&l.pages[0]) >= AIM;
        best = Some((l, k));
        if enough {
            break;
        }
    }
    Ok(match best {
        Some((l, k)) => enlarged(l, size, k),
        None => plain,
    })
}

/// The A4 view a handout on A3 is set from, if it is one set that way.
pub(super) fn a4_of(view: &View) -> Option<View> {
    match (view.kind, view.medium) {
        (
            Kind::OnePage | Kind::Actions | Kind::Progress,
            Medium::Paper {
                paper: Paper::A3,
                landscape,
            },
        ) => Some(View {
            medium: Medium::Paper {
                paper: Paper::A4,
                landscape,
            },
            ..view.clone()
        }),
        _ => None,
    }
}

/// `l` enlarged `k` times to a page of `size`: every coordinate, size and
/// width.
pub(super) fn enlarged(mut l: Layout, size: (f32, f32), k: f32) -> Layout {
    let pt = |p: &mut (f32, f32)| {
        p.0 *= k;
        p.1 *= k;
    };
    for page in &mut l.pages {
        (page.width, page.height) = size;
        for item in &mut page.items {
            match &mut item.shape {
                Shape::Rect {
                    x,
                    y,
                    w,
                    h,
                    radius,
                    stroke,
                    ..
                } => {
                    for v in [x, y, w, h, radius] {
                        *v *= k;
                    }
                    if let Some(st) = stroke {
                        scale_stroke(st, k);
                    }
                }
                Shape::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    stroke,
                } => {
                    for v in [x1, y1, x2, y2] {
                        *v *= k;
                    }
                    scale_stroke(stroke, k);
                }
                Shape::Polygon { points, stroke, .. } => {
                    points.iter_mut().for_each(pt);
                    if let Some(st) = stroke {
                        scale_stroke(st, k);
                    }
                }
                Shape::Polyline { points, stroke } => {
                    points.iter_mut().for_each(pt);
                    scale_stroke(stroke, k);
                }
                Shape::Circle {
                    cx, cy, r, stroke, ..
                } => {
                    for v in [cx, cy, r] {
                        *v *= k;
                    }
                    if let Some(st) = stroke {
                        scale_stroke(st, k);
                    }
                }
                Shape::Text(run) => {
                    for v in [&mut run.x, &mut run.y, &mut run.size, &mut run.width] {
                        *v *= k;
                    }
                }
            }
        }
    }
    l
}

fn scale_stroke(st: &mut super::Stroke, k: f32) {
    st.width *= k;
    if let Some((a, b)) = &mut st.dash {
        *a *= k;
        *b *= k;
    }
}

/// How much of a page's height its content fills: from the top of the page
/// to the lowest item above the footer, as a share of the height.
pub fn used_height(page: &super::Page) -> f32 {
    // The footer (a rule and two texts) is the last three items of a page.
    let body = page.items.len().saturating_sub(3);
    let bottom = page.items[..body]
        .iter()
        .map(|i| {
            let (_, y, _, h) = i.shape.bounds();
            y + h
        })
        .fold(0.0, f32::max);
    bottom / page.height
}
