//! Every message that says how many of something there are picks its words
//! by the language's plural rules (1 sivu, 2 sivua; 1 sida, 2 sidor; 1 page,
//! 2 pages): read from the catalogues' syntax tree with `fluent-syntax`.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use super::{EN, FI, SV};

/// The arguments that are counts of something named beside them.
/// (Limits such as `$max` and sizes in bytes are never one, and stay figures.)
const COUNTS: &[&str] = &[
    "count",
    "actions",
    "errors",
    "indicators",
    "pages",
    "seconds",
    "warnings",
];

/// Messages where a count stands as a figure after a label ("Sivu 2 / 5",
/// "Virheitä: 3"), which no plural rule changes.
const FIGURES: &[&str] = &[
    "handout-page",
    "pptx-notes-page",
    "cli-info-counts",
    "app-problem-count",
    "app-merge-conflicts",
    "handout-total",
    "cli-handout-written",
    "app-draft-counts",
];

/// Where `pattern` shows a count outside a select on it, or selects on a
/// count without both a `one` and a default `other` form.
fn faults(id: &str, pattern: &Pattern<&str>, inside: &mut Vec<String>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_faults(id, expression, inside, out);
        }
    }
}

fn expression_faults(
    id: &str,
    e: &Expression<&str>,
    inside: &mut Vec<String>,
    out: &mut Vec<String>,
) {
    match e {
        Expression::Inline(inline) => inline_faults(id, inline, inside, out),
        Expression::Select { selector, variants } => {
            let on = match selector {
                InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().find_map(|a| match a {
                        InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                        _ => None,
                    })
                }
                _ => None,
            };
            if let Some(var) = on.as_deref().filter(|v| COUNTS.contains(v)) {
                let has = |name: &str| {
                    variants
                        .iter()
                        .any(|v| matches!(v.key, VariantKey::Identifier { name: n } if n == name))
                };
                let default_other = variants.iter().any(|v| {
                    v.default && matches!(v.key, VariantKey::Identifier { name: "other" })
                });
                if !has("one") || !default_other {
                    out.push(format!("{id}: ${var} has no [one] and *[other]"));
                }
            }
            let pushed = on.is_some();
            if let Some(var) = on {
                out.push(format!("{SELECTS}{var}"));
                inside.push(var);
            }
            for v in variants {
                faults(id, &v.value, inside, out);
            }
            if pushed {
                inside.pop();
            }
        }
    }
}

fn inline_faults(
    id: &str,
    e: &InlineExpression<&str>,
    inside: &mut Vec<String>,
    out: &mut Vec<String>,
) {
    match e {
        InlineExpression::VariableReference { id: var }
            if COUNTS.contains(&var.name) && !inside.iter().any(|v| v == var.name) =>
        {
            out.push(format!("{id}: ${} shown outside a plural select", var.name));
        }
        InlineExpression::Placeable { expression } => {
            expression_faults(id, expression, inside, out)
        }
        _ => {}
    }
}

/// The mark of a select on a count (not a fault): "{ $count } { $count ->
/// [one] sivu *[other] sivua }" shows the figure outside and the word inside.
const SELECTS: &str = "select on $";

/// Every fault of a catalogue's counts.
fn catalogue_faults(source: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut out = vec![];
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name;
        if FIGURES.contains(&id) {
            continue;
        }
        let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
        let mut found = vec![];
        for pattern in patterns {
            faults(id, pattern, &mut vec![], &mut found);
        }
        let selected: Vec<String> = found
            .iter()
            .filter_map(|f| f.strip_prefix(SELECTS))
            .map(|v| format!("{id}: ${v} shown outside a plural select"))
            .collect();
        out.extend(
            found
                .into_iter()
                .filter(|f| !f.starts_with(SELECTS) && !selected.contains(f)),
        );
    }
    out
}

#[test]
fn every_finnish_count_has_its_plural_forms() {
    assert_eq!(catalogue_faults(FI), Vec::<String>::new());
}

#[test]
fn every_swedish_count_has_its_plural_forms() {
    assert_eq!(catalogue_faults(SV), Vec::<String>::new());
}

#[test]
fn every_english_count_has_its_plural_forms() {
    assert_eq!(catalogue_faults(EN), Vec::<String>::new());
}

#[test]
fn a_count_without_its_forms_is_caught() {
    let bad = "a = { $count } sivua\nb = { $count ->\n   *[other] { $count } sivua\n}\n\
               c = { $count } { $count ->\n    [one] sivu\n   *[other] sivua\n}\n";
    assert_eq!(
        catalogue_faults(bad),
        vec![
            "a: $count shown outside a plural select".to_owned(),
            "b: $count has no [one] and *[other]".to_owned(),
        ]
    );
}

#[test]
fn one_page_and_two_pages_read_right_in_each_language() {
    use super::{Lang, Message};
    let pages = |lang: Lang, n: u32| lang.tr(&Message::new("app-pages").num("count", n));
    assert_eq!(
        (pages(Lang::Fi, 1), pages(Lang::Fi, 2)),
        ("1 sivu".to_owned(), "2 sivua".to_owned())
    );
    assert_eq!(
        (pages(Lang::Sv, 1), pages(Lang::Sv, 2)),
        ("1 sida".to_owned(), "2 sidor".to_owned())
    );
    assert_eq!(
        (pages(Lang::En, 1), pages(Lang::En, 2)),
        ("1 page".to_owned(), "2 pages".to_owned())
    );
}
