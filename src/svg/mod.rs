//! The SVG renderer: one page of a laid-out handout for the screen (and for
//! pasting into PowerPoint).
//!
//! The numbers are the layout's points, used as SVG user units, so the
//! screen shows exactly what the PDF prints. Text names the family
//! "Noto Sans" (the UI loads the same TTF files with `@font-face`) and keeps
//! the layout's line breaks; every element that belongs to an entity
//! carries `data-id` and `data-kind` for hit-testing and dragging. All text
//! and attribute values are escaped by [`crate::xml::escape`], so a name
//! such as `<img src=x onerror=alert(1)>` stays text and a stray control
//! character cannot make the file ill-formed.
//!
//! A large roadmap on screen is drawn a part at a time: [`render_area`]
//! keeps the page's full size (so the scroll bars are right) but writes only
//! the items that reach into the part in view, so the web view holds a few
//! hundred elements whether the strategy has fifty actions or five thousand.
//!
//! On screen an action's bar is also said in words: [`render_scrolling`]
//! and [`elements`] take the sentences of [`Labels`] (made by the session in
//! the user's language) and give the bar's first rectangle `role="img"` and
//! that sentence as its `aria-label`; the bar's other elements (its label
//! text) are hidden from screen readers, so each bar is announced once. The
//! screen's picture names the strategy with `aria-label`, not `<title>`,
//! which the web view would show as the tooltip of every bar.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use crate::layout::{Item, Layout, Page, Shape, Stroke};
use crate::text::{FAMILY, FontFace};

/// What each entity's elements say in words, by the entity's id.
pub type Labels = HashMap<String, String>;

/// Renders page `page` (from 0) of `layout`; an empty SVG if there is none.
pub fn render(layout: &Layout, page: usize) -> String {
    render_where(layout, page, |_| true)
}

/// Renders the whole of page `page` for the screen: like [`render`], but
/// each bar said in the words of `labels` (see the module's note).
pub fn render_screen(layout: &Layout, page: usize, labels: &Labels) -> String {
    let Some(p) = layout.pages.get(page) else {
        return render(layout, page);
    };
    let screen = Screen {
        labels,
        name: &layout.title,
    };
    render_page(p, &layout.title, layout.lang.code(), Some(screen), |_| true)
}

/// Renders page `page` of `layout` at its full size with only the items that
/// reach into `area` (`(x, y, width, height)` in the page's points).
pub fn render_area(layout: &Layout, page: usize, area: (f32, f32, f32, f32)) -> String {
    render_where(layout, page, |item| item.shape.meets(area))
}

/// Renders page `page` of the roadmap on screen like [`render_area`], but
/// the items lying wholly left of `column` (the lane names) go, whatever
/// their x, into a group `<g data-sticky="left">` drawn last over a white
/// band: the screen moves that group with the sideways scroll, so a lane
/// keeps its name in view while the chart scrolls under it. Each bar is
/// said in the words of `labels` (see the module's note).
pub fn render_scrolling(
    layout: &Layout,
    page: usize,
    area: (f32, f32, f32, f32),
    column: f32,
    labels: &Labels,
) -> String {
    let Some(p) = layout.pages.get(page) else {
        return render(layout, page);
    };
    let in_column = |item: &Item| {
        let (x, _, w, _) = item.shape.bounds();
        x + w <= column
    };
    let band = (0.0, area.1, column, area.3);
    let screen = Screen {
        labels,
        name: &layout.title,
    };
    let mut out = render_page(p, &layout.title, layout.lang.code(), Some(screen), |item| {
        !in_column(item) && item.shape.meets(area)
    });
    out.truncate(out.len() - "</svg>\n".len());
    let _ = writeln!(
        out,
        "<g data-sticky=\"left\">\n<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        n(column),
        n(p.height)
    );
    for item in p
        .items
        .iter()
        .filter(|i| in_column(i) && i.shape.meets(band))
    {
        item_svg(&mut out, item, "");
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// The SVG elements of the items of page `page` that `keep` accepts, in
/// drawing order, without the `<svg>` around them: what replaces one
/// entity's elements in a picture already shown (said in the words of
/// `labels`, as [`render_scrolling`] does).
pub fn elements(
    layout: &Layout,
    page: usize,
    labels: &Labels,
    keep: impl Fn(&Item) -> bool,
) -> String {
    let mut out = String::new();
    if let Some(p) = layout.pages.get(page) {
        let mut said = HashSet::new();
        for item in p.items.iter().filter(|i| keep(i)) {
            labelled_svg(&mut out, item, labels, &mut said);
        }
    }
    out
}

/// The screen's picture: the bars' words and the picture's own name.
#[derive(Clone, Copy)]
struct Screen<'a> {
    labels: &'a Labels,
    name: &'a str,
}

/// An item said in words: the first rectangle of an entity with a label
/// carries it; the entity's other elements are hidden from screen readers.
fn labelled_svg<'a>(
    out: &mut String,
    item: &'a Item,
    labels: &Labels,
    said: &mut HashSet<&'a str>,
) {
    let label = item
        .entity
        .as_ref()
        .and_then(|e| labels.get(e.id.as_str()).map(|l| (e.id.as_str(), l)));
    let Some((id, label)) = label else {
        item_svg(out, item, "");
        return;
    };
    let words = if matches!(item.shape, Shape::Rect { .. }) && said.insert(id) {
        format!(" role=\"img\" aria-label=\"{}\"", escape(label))
    } else {
        " aria-hidden=\"true\"".to_owned()
    };
    item_svg(out, item, &words);
}

fn render_where(layout: &Layout, page: usize, keep: impl Fn(&Item) -> bool) -> String {
    match layout.pages.get(page) {
        Some(p) => render_page(p, &layout.title, layout.lang.code(), None, keep),
        None => {
            String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"/>\n")
        }
    }
}

/// Escapes text for XML content and attribute values (see [`crate::xml`]).
pub use crate::xml::escape;

fn n(v: f32) -> String {
    // Two decimals are finer than a screen pixel and keep files small.
    let r = (v * 100.0).round() / 100.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

fn render_page(
    page: &Page,
    title: &str,
    lang: &str,
    screen: Option<Screen>,
    keep: impl Fn(&Item) -> bool,
) -> String {
    let mut out = String::with_capacity(page.items.len() * 120 + 512);
    // On screen the picture is a named group (no `<title>`: see the module's note).
    let (named, title_element) = match screen {
        Some(sc) => (
            format!(" role=\"group\" aria-label=\"{}\"", escape(sc.name)),
            String::new(),
        ),
        None => (String::new(), format!("<title>{}</title>\n", escape(title))),
    };
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xml:lang=\"{lang}\" \
         font-family=\"{FAMILY}\" text-rendering=\"geometricPrecision\"{named}>\n{title_element}\
         <rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n",
        w = n(page.width),
        h = n(page.height),
    );
    let no_labels = Labels::new();
    let labels = screen.map_or(&no_labels, |sc| sc.labels);
    let mut said = HashSet::new();
    for item in page.items.iter().filter(|i| keep(i)) {
        labelled_svg(&mut out, item, labels, &mut said);
    }
    out.push_str("</svg>\n");
    out
}

fn tag(item: &Item) -> String {
    match &item.entity {
        Some(e) => format!(
            " data-id=\"{}\" data-kind=\"{}\"",
            escape(e.id.as_str()),
            e.kind.name()
        ),
        None => String::new(),
    }
}

fn paint(fill: Option<crate::layout::Color>, stroke: Option<&Stroke>) -> String {
    let mut s = match fill {
        Some(c) => format!(" fill=\"{}\"", c.hex()),
        None => " fill=\"none\"".to_owned(),
    };
    if let Some(st) = stroke {
        s.push_str(&stroke_attrs(st));
    }
    s
}

fn stroke_attrs(st: &Stroke) -> String {
    let mut s = format!(
        " stroke=\"{}\" stroke-width=\"{}\"",
        st.color.hex(),
        n(st.width)
    );
    if let Some((a, b)) = st.dash {
        let _ = write!(s, " stroke-dasharray=\"{} {}\"", n(a), n(b));
    }
    s
}

fn points(ps: &[(f32, f32)]) -> String {
    ps.iter()
        .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes `item` as an SVG element; `words` are extra attributes (its accessible name).
fn item_svg(out: &mut String, item: &Item, words: &str) {
    let t = format!("{}{words}", tag(item));
    match &item.shape {
        Shape::Rect {
            x,
            y,
            w,
            h,
            radius,
            fill,
            stroke,
        } => {
            let r = if *radius > 0.0 {
                format!(" rx=\"{}\"", n(*radius))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{r}{}{t}/>",
                n(*x),
                n(*y),
                n(*w),
                n(*h),
                paint(*fill, stroke.as_ref())
            );
        }
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            stroke,
        } => {
            let _ = writeln!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}{t}/>",
                n(*x1),
                n(*y1),
                n(*x2),
                n(*y2),
                stroke_attrs(stroke)
            );
        }
        Shape::Polygon {
            points: ps,
            fill,
            stroke,
        } => {
            let _ = writeln!(
                out,
                "<polygon points=\"{}\"{}{t}/>",
                points(ps),
                paint(*fill, stroke.as_ref())
            );
        }
        Shape::Polyline { points: ps, stroke } => {
            let _ = writeln!(
                out,
                "<polyline points=\"{}\" fill=\"none\"{}{t}/>",
                points(ps),
                stroke_attrs(stroke)
            );
        }
        Shape::Circle {
            cx,
            cy,
            r,
            fill,
            stroke,
        } => {
            let _ = writeln!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}{t}/>",
                n(*cx),
                n(*cy),
                n(*r),
                paint(*fill, stroke.as_ref())
            );
        }
        Shape::Text(run) => {
            let weight = match run.font {
                FontFace::Regular => "",
                FontFace::Bold => " font-weight=\"bold\"",
            };
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} fill=\"{}\" xml:space=\"preserve\"{t}>{}</text>",
                n(run.x),
                n(run.y),
                n(run.size),
                run.color.hex(),
                escape(&run.text)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paimio_roadmap() -> Layout {
        let s = crate::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let view = crate::layout::View::screen(1000.0, crate::i18n::Lang::Fi, today);
        crate::layout::layout(&s, &view).unwrap()
    }

    #[test]
    fn an_area_covering_the_page_draws_the_whole_page() {
        let l = paimio_roadmap();
        let p = &l.pages[0];
        assert_eq!(
            render_area(&l, 0, (0.0, 0.0, p.width, p.height)),
            render(&l, 0)
        );
    }

    #[test]
    fn an_area_draws_what_reaches_into_it_and_nothing_else() {
        let l = paimio_roadmap();
        let p = &l.pages[0];
        let area = (0.0, p.height * 0.6, p.width, 120.0);
        let part = render_area(&l, 0, area);
        let whole = render(&l, 0);
        assert!(part.len() < whole.len(), "a part is smaller than the whole");
        // The page keeps its size, so scrolling reaches every part of it.
        assert!(part.starts_with(&whole[..whole.find("<title>").unwrap()]));
        for item in &p.items {
            let mut one = String::new();
            item_svg(&mut one, item, "");
            assert_eq!(
                part.contains(&one),
                item.shape.meets(area) || whole.matches(&one).count() > 1,
                "{one}"
            );
        }
    }

    #[test]
    fn lane_names_stay_in_a_group_of_their_own_however_far_the_chart_scrolls() {
        let l = paimio_roadmap();
        let p = &l.pages[0];
        let column = p.time_scale.as_ref().unwrap().x0;
        // Far to the right: no lane name reaches into this part of the page.
        let area = (column + 200.0, 0.0, 300.0, p.height);
        let svg = render_scrolling(&l, 0, area, column, &Labels::new());
        let (chart, names) = svg.split_once("<g data-sticky=\"left\">").unwrap();
        let theme = &crate::interchange::from_json(include_str!("../../seeds/paimio.json"))
            .unwrap()
            .themes[0]
            .name;
        let label = format!(">{}</text>", escape(theme));
        assert!(names.contains(&label), "the lane's name is in the group");
        assert!(!chart.contains(&label), "and only there");
        assert!(chart.contains("data-kind=\"action\""), "the chart is drawn");
        assert!(svg.ends_with("</g>\n</svg>\n"));
        // The part drawn is the same picture: every element is one of the page's.
        let whole = render(&l, 0);
        for line in svg.lines().filter(|l| l.contains("data-id")) {
            assert!(whole.contains(line), "{line}");
        }
    }

    #[test]
    fn elements_are_the_kept_items_without_the_svg_around_them() {
        let l = paimio_roadmap();
        let bars = elements(&l, 0, &Labels::new(), |i| {
            i.entity
                .as_ref()
                .is_some_and(|e| e.kind == crate::layout::EntityKind::Action)
        });
        assert!(bars.contains("data-kind=\"action\""));
        assert!(!bars.contains("data-kind=\"phase\""));
        assert!(!bars.contains("<svg") && !bars.contains("<title>"));
        assert_eq!(elements(&l, 7, &Labels::new(), |_| true), "");
    }

    #[test]
    fn on_screen_each_bar_is_said_once_in_its_words_and_no_title_covers_the_bars() {
        let l = paimio_roadmap();
        let p = &l.pages[0];
        let column = p.time_scale.as_ref().unwrap().x0;
        let action = p
            .items
            .iter()
            .find_map(|i| {
                i.entity
                    .as_ref()
                    .filter(|e| e.kind == crate::layout::EntityKind::Action)
            })
            .unwrap();
        let labels: Labels = [(action.id.0.clone(), "Kirjasto <auki> · 2026".to_owned())].into();
        let svg = render_scrolling(&l, 0, (0.0, 0.0, p.width, p.height), column, &labels);
        let named = "role=\"img\" aria-label=\"Kirjasto &lt;auki&gt; · 2026\"";
        assert_eq!(
            svg.matches(named).count(),
            1,
            "the bar's first rectangle says it"
        );
        let mine = format!("data-id=\"{}\"", action.id.as_str());
        for line in svg
            .lines()
            .filter(|l| l.contains(&mine) && !l.contains(named))
        {
            assert!(line.contains("aria-hidden=\"true\""), "said once: {line}");
        }
        assert!(
            !svg.contains("<title>"),
            "no tooltip of the strategy's title over the bars"
        );
        assert!(svg.contains(&format!("aria-label=\"{}\"", escape(&l.title))));
        // The dragged bar's elements say the same.
        let dragged = elements(&l, 0, &labels, |i| i.entity.as_ref() == Some(action));
        assert_eq!(dragged.matches(named).count(), 1);
        // Paper keeps its title and no screen words.
        assert!(render(&l, 0).contains("<title>") && !render(&l, 0).contains("aria-label"));
    }

    #[test]
    fn numbers_are_short_and_exact_enough() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.345), "12.35");
    }
}
