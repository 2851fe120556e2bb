#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

use super::*;
use crate::edit;

/// A workbook of one sheet `name` whose rows are written as text, a
/// leading `=` as a formula.
fn workbook(name: &str, rows: &[&[&str]]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if let Some(f) = v.strip_prefix('=') {
                ws.write_formula(r as u32, c as u16, Formula::new(f))
                    .unwrap();
            } else if !v.is_empty() {
                ws.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

/// The day the tests take lists in.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

fn taken(s: &Strategy, import: &ListImport) -> Strategy {
    let mut s = s.clone();
    edit::apply(&mut s, &import.change).unwrap();
    s
}

fn action<'a>(s: &'a Strategy, name: &str) -> &'a Action {
    s.actions.iter().find(|a| a.name == name).unwrap()
}

const FINNISH: &[&[&str]] = &[
    &["Kaupungin toimenpideohjelma 2026–2029"],
    &[],
    &[
        "Painopiste",
        "Tavoite",
        "Toimenpide",
        "Vastuuhenkilö / yksikkö",
        "Aloitus",
        "Valmistuu",
        "Tila",
        "Huomioita",
    ],
    &[
        "Elinvoima",
        "Työpaikat kasvavat",
        "Yritystonttien kaavoitus",
        "Kaavoitusjohtaja",
        "1.3.2026",
        "12/2027",
        "Käynnissä",
        "kesken",
    ],
    &[
        "",
        "",
        "Yrityspalvelupiste",
        "Elinkeinojohtaja, kaavoitusjohtaja",
        "2026",
        "2027",
        "etenee",
        "",
    ],
    &["Hyvinvointi", "", "", "", "", "", "", ""],
    &[
        "",
        "Liikkuva kunta",
        "Lähiliikuntapaikat",
        "Liikuntapalvelut",
        "",
        "2026–2028",
        "punainen",
        "",
    ],
    &[
        "",
        "",
        "Kirjaston aukiolo",
        "kaavoitusjohtaja",
        "ensi vuonna",
        "",
        "ehkä",
        "",
    ],
];

#[test]
fn a_finnish_list_with_a_title_row_and_carried_themes_becomes_a_strategy() {
    let bytes = workbook("Toimenpiteet", FINNISH);
    let import = read_list("lista.xlsx", &bytes, &Strategy::default(), today()).unwrap();
    let p = &import.preview;
    assert_eq!(
        (p.sheet.as_str(), p.header_row, p.rows),
        ("Toimenpiteet", 3, 4)
    );
    let fields: Vec<Option<ListField>> = p.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields[..7],
        ListField::ALL[..7]
            .iter()
            .map(|f| Some(*f))
            .collect::<Vec<_>>()
    );
    assert_eq!(fields[7], None);
    assert_eq!(
        p.new,
        ListCounts {
            themes: 2,
            goals: 2,
            actions: 4,
            owners: 3
        }
    );
    let s = list_strategy(&import).unwrap();
    assert_eq!(
        (s.name.as_str(), s.period.map(|p| p.to_finnish())),
        ("lista", Some("2026–2028".into()))
    );
    let a = action(&s, "Yrityspalvelupiste");
    assert_eq!(a.owners.len(), 2, "split at the comma, matched by name");
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.goal, action(&s, "Yritystonttien kaavoitus").goal);
    let l = action(&s, "Lähiliikuntapaikat");
    assert_eq!(l.start, Some(PlanDate::Year(2026)));
    assert_eq!(l.due, Some(PlanDate::Year(2028)));
    assert_eq!(l.status, Status::Late);
    assert_eq!(
        action(&s, "Yritystonttien kaavoitus").start,
        Some(PlanDate::parse("1.3.2026").unwrap())
    );
    let k = action(&s, "Kirjaston aukiolo");
    assert_eq!(k.goal, l.goal, "the goal above is carried");
    assert_eq!(k.owners, action(&s, "Yritystonttien kaavoitus").owners);
    // The bad date and the bad status are named by row and column.
    let at: Vec<(u32, Option<&str>, &str)> = p
        .not_understood
        .iter()
        .map(|x| (x.row, x.column.as_deref(), x.code.as_str()))
        .collect();
    assert_eq!(
        at,
        [
            (8, Some("E"), "list-problem-bad-date"),
            (8, Some("G"), "round-problem-bad-status")
        ]
    );
    let errors: Vec<String> = crate::validate::validate(&s)
        .iter()
        .filter(|p| p.severity == crate::validate::Severity::Error)
        .map(|p| p.to_line(crate::i18n::Lang::En))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn swedish_headers_in_any_order_and_real_date_cells_are_read() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let date = Format::new().set_num_format("d.m.yyyy");
    for (c, h) in [
        "Status",
        "Ansvarig",
        "Åtgärd",
        "Klar senast",
        "Tema",
        "Start",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "Pågår").unwrap();
    ws.write_string(1, 1, "Bildningsdirektör").unwrap();
    ws.write_string(1, 2, "Språkbad i skolorna").unwrap();
    ws.write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2027, 6, 30).unwrap(), &date)
        .unwrap();
    ws.write_string(1, 4, "Bildning").unwrap();
    ws.write_number(1, 5, 2026).unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let import = read_list("lista.xlsx", &bytes, &Strategy::default(), today()).unwrap();
    let s = taken(&Strategy::default(), &import);
    let a = action(&s, "Språkbad i skolorna");
    assert_eq!(a.due, Some(PlanDate::parse("30.6.2027").unwrap()));
    assert_eq!(a.start, Some(PlanDate::Year(2026)));
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(s.themes[0].name, "Bildning");
    assert_eq!(s.owners[0].name, "Bildningsdirektör");
}

#[test]
fn a_list_into_a_strategy_adds_only_what_is_new_as_one_edit() {
    let bytes = workbook("Toimenpiteet", FINNISH);
    let first = read_list("lista.xlsx", &bytes, &Strategy::default(), today()).unwrap();
    let s = taken(&Strategy::default(), &first);
    // The same list again, in other case and spacing, adds nothing.
    let again: Vec<Vec<String>> = FINNISH
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| format!("  {}", c.to_uppercase()))
                .collect()
        })
        .collect();
    let again: Vec<Vec<&str>> = again
        .iter()
        .map(|r| r.iter().map(|c| c.trim_end()).collect())
        .collect();
    let again: Vec<&[&str]> = again.iter().map(|r| r.as_slice()).collect();
    let second = read_list("lista.xlsx", &workbook("X", &again), &s, today()).unwrap();
    assert_eq!(second.preview.new, ListCounts::default());
    assert_eq!(second.preview.existing.actions, 4);
    assert_eq!(second.preview.existing.themes, 0, "no new action uses them");
    assert_eq!(second.change, Change::All { changes: vec![] });
    // One new action under an existing goal, by a new owner.
    let more: &[&[&str]] = &[
        &["Teema", "Tavoite", "Toimenpide", "Vastuutaho"],
        &[
            "elinvoima",
            "työpaikat kasvavat",
            "Yritysten aamukahvit",
            "Kaupunginjohtaja",
        ],
    ];
    let third = read_list("lisää.xlsx", &workbook("X", more), &s, today()).unwrap();
    assert_eq!(
        third.preview.new,
        ListCounts {
            themes: 0,
            goals: 0,
            actions: 1,
            owners: 1
        }
    );
    assert_eq!(third.preview.existing.themes, 1);
    assert_eq!(third.preview.existing.goals, 1);
    let after = taken(&s, &third);
    assert_eq!(after.actions.len(), 5);
    assert_eq!(after.themes, s.themes);
    assert_eq!(
        action(&after, "Yritysten aamukahvit").goal,
        action(&s, "Yritystonttien kaavoitus").goal
    );
}

#[test]
fn a_formula_is_never_taken_and_a_list_without_an_action_column_is_refused() {
    let rows: &[&[&str]] = &[
        &["Theme", "Action", "Due"],
        &["Growth", "=CONCAT(\"Plot\",\"s\")", "2027"],
        &["Growth", "Roads", "=2026+1"],
    ];
    let import = read_list(
        "list.xlsx",
        &workbook("List", rows),
        &Strategy::default(),
        today(),
    )
    .unwrap();
    assert_eq!(import.preview.new.actions, 1);
    let codes: Vec<&str> = import
        .preview
        .not_understood
        .iter()
        .map(|p| p.code.as_str())
        .collect();
    assert_eq!(codes, ["round-problem-formula", "round-problem-formula"]);
    let first = import.problems[0].to_text(crate::i18n::Lang::En);
    assert!(first.contains("List, row 2, column B"), "{first}");
    let none: &[&[&str]] = &[&["Nimi", "Vuosi"], &["Kirjasto", "2026"]];
    assert_eq!(
        read_list(
            "x.xlsx",
            &workbook("A", none),
            &Strategy::default(),
            today()
        ),
        Err(RoundError::NoList {
            file: "x.xlsx".into()
        })
    );
    assert!(matches!(
        read_list("x.xlsx", b"Theme;Action\n", &Strategy::default(), today()),
        Err(RoundError::NotWorkbook { .. })
    ));
    assert!(matches!(
        read_list("x.ods", b"PK\x03\x04", &Strategy::default(), today()),
        Err(RoundError::NotWorkbook { .. })
    ));
}

#[test]
fn a_csv_saved_by_a_finnish_excel_is_read_with_semicolons_and_latin_letters() {
    let text = "Teema;Toimenpide;Vastuutaho;Valmistuu;Tila\n\
                Elinvoima;\"Torin kunnostus; vaihe 1\";Tekninen päällikkö;2027;Valmis\n\
                Elinvoima;Torin kunnostus; vaihe 1;;;\n";
    let latin: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let import = read_list("lista.csv", &latin, &Strategy::default(), today()).unwrap();
    let s = taken(&Strategy::default(), &import);
    let a = action(&s, "Torin kunnostus; vaihe 1");
    assert_eq!(a.status, Status::Done);
    assert_eq!(a.due, Some(PlanDate::Year(2027)));
    assert_eq!(s.owners[0].name, "Tekninen päällikkö");
    assert_eq!(import.preview.sheet, "lista");
    assert_eq!(
        import.preview.new.actions, 2,
        "\"Torin kunnostus\" is another action"
    );
}

#[test]
fn the_same_action_twice_in_one_list_is_taken_once_and_named() {
    let rows: &[&[&str]] = &[
        &["Tema", "Åtgärd"],
        &["Trygghet", "Belysning"],
        &["Trygghet", "belysning "],
    ];
    let import = read_list(
        "l.xlsx",
        &workbook("L", rows),
        &Strategy::default(),
        today(),
    )
    .unwrap();
    assert_eq!(import.preview.new.actions, 1);
    assert_eq!(import.preview.not_understood[0].row, 3);
    assert_eq!(
        import.preview.not_understood[0].code,
        "list-problem-duplicate"
    );
}

/// An action as compared: theme, goal, name, owners, the first and last
/// day of its dates (the plan workbook writes real day cells), status.
type Shape = (
    String,
    Option<String>,
    String,
    usize,
    Option<chrono::NaiveDate>,
    Option<chrono::NaiveDate>,
    Status,
);

#[test]
fn tiekartta_s_own_action_plan_workbook_reads_back_as_the_same_actions() {
    let mut s = list_strategy(
        &read_list(
            "lista.xlsx",
            &workbook("T", FINNISH),
            &Strategy::default(),
            today(),
        )
        .unwrap(),
    )
    .unwrap();
    s.town = "Lähtökaupunki".into();
    let plan = crate::round::plan_workbook(&s, crate::i18n::Lang::Sv).unwrap();
    let import = read_list("plan.xlsx", &plan, &Strategy::default(), today()).unwrap();
    let fields: Vec<Option<ListField>> = import.preview.columns.iter().map(|c| c.field).collect();
    assert!(
        fields.contains(&Some(ListField::Path)) && fields.contains(&Some(ListField::Due)),
        "{fields:?}"
    );
    let back = list_strategy(&import).unwrap();
    let shape = |s: &Strategy| {
        let mut v: Vec<Shape> = s
            .actions
            .iter()
            .map(|a| {
                let t = s.themes.iter().find(|t| t.id == a.theme).unwrap();
                let g = a
                    .goal
                    .as_ref()
                    .map(|g| t.goals.iter().find(|x| &x.id == g).unwrap().name.clone());
                (
                    t.name.clone(),
                    g,
                    a.name.clone(),
                    a.owners.len(),
                    a.start.map(|d| d.first_day()),
                    a.due.map(|d| d.last_day()),
                    a.status,
                )
            })
            .collect();
        v.sort_by(|a, b| a.2.cmp(&b.2));
        v
    };
    assert_eq!(shape(&back), shape(&s));
    // Read back into the strategy it came from, it changes nothing: a day
    // cell on the first (start) or last (due) day of a month or a year is
    // that month or year as the workbook wrote it, not a new date.
    let again = read_list("plan.xlsx", &plan, &s, today()).unwrap();
    assert_eq!(again.preview.updated, vec![], "{:?}", again.preview.updated);
    assert_eq!(again.change, Change::All { changes: vec![] });
}

mod laws {
    use proptest::prelude::{ProptestConfig, any, prop, prop_assert_eq, proptest};
    use proptest::strategy::Strategy as _;

    use super::*;
    use crate::model::Strategy as Plan;

    /// Rows of a list with every cell given: theme, goal, action, owner.
    fn rows() -> impl proptest::strategy::Strategy<Value = Vec<[String; 4]>> {
        let name =
            |words: &'static [&'static str]| proptest::sample::select(words).prop_map(String::from);
        prop::collection::vec(
            (
                name(&["Elinvoima", "Hyvinvointi", "elinvoima "]),
                name(&["Työ", "Koulu", "Kulttuuri"]),
                name(&["Tori", "Kirjasto", "Koulutie", "Uimahalli", "Puisto"]),
                name(&["Sivistysjohtaja", "Tekninen johtaja", "sivistysjohtaja"]),
            )
                .prop_map(|(t, g, a, o)| [t, g, a, o]),
            1..12,
        )
    }

    fn book(rows: &[[String; 4]]) -> Vec<u8> {
        let mut all: Vec<Vec<&str>> = vec![vec!["Teema", "Tavoite", "Toimenpide", "Vastuutaho"]];
        all.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
        let all: Vec<&[&str]> = all.iter().map(|r| r.as_slice()).collect();
        workbook("L", &all)
    }

    /// What a strategy holds, by name: each action's theme, name and owners.
    fn names(s: &Plan) -> BTreeSet<(String, String, BTreeSet<String>)> {
        s.actions
            .iter()
            .map(|a| {
                let t = s.themes.iter().find(|t| t.id == a.theme).unwrap();
                let o = a
                    .owners
                    .iter()
                    .map(|o| key(&s.owner(o).unwrap().name))
                    .collect();
                (key(&t.name), key(&a.name), o)
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn a_list_in_any_row_order_gives_the_same_actions_and_read_again_changes_nothing(
            rows in rows(),
            seed in any::<u64>(),
        ) {
            let mut shuffled = rows.clone();
            let n = shuffled.len();
            for k in 0..n {
                shuffled.swap(k, (seed.rotate_left(k as u32) % n as u64) as usize);
            }
            let a = list_strategy(&read_list("a.xlsx", &book(&rows), &Plan::default(), today()).unwrap()).unwrap();
            let b = list_strategy(&read_list("b.xlsx", &book(&shuffled), &Plan::default(), today()).unwrap()).unwrap();
            // The first row of an action decides its owners (a repeated row
            // is named, not taken), so the actions are compared by theme
            // and name.
            let shape = |s: &Plan| names(s).into_iter().map(|(t, a, _)| (t, a)).collect::<BTreeSet<_>>();
            prop_assert_eq!(shape(&a), shape(&b));
            prop_assert_eq!(a.themes.len(), b.themes.len());
            // Read again into its own strategy it adds and changes nothing.
            let again = read_list("a.xlsx", &book(&rows), &a, today()).unwrap();
            prop_assert_eq!(again.preview.new, ListCounts::default());
            prop_assert_eq!(again.preview.updated.len(), 0);
            prop_assert_eq!(again.change, Change::All { changes: vec![] });
            // In another order it adds no action or theme; where an action's
            // rows disagree, its first row there updates it.
            let other = read_list("a.xlsx", &book(&shuffled), &a, today()).unwrap();
            prop_assert_eq!((other.preview.new.actions, other.preview.new.themes), (0, 0));
        }
    }
}
