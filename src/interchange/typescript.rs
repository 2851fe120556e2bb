//! TypeScript declarations of the model, generated from the Rust types.

use ts_rs::{Config, TS};

use crate::error::UserError;
use crate::i18n::Lang;
use crate::model::*;
use crate::validate::Severity;

/// The TypeScript declarations the UI imports (`ui/src/lib/generated/model.ts`).
pub fn typescript() -> String {
    let cfg = Config::new();
    let mut out = String::from(
        "// Generated from the Rust types by `UPDATE_GENERATED=1 cargo test --test generated`.\n// Do not edit: change the Rust types in src/model/ instead.\n\n",
    );
    let decls = [
        Strategy::decl(&cfg),
        ThemeLabel::decl(&cfg),
        Item::decl(&cfg),
        Bullet::decl(&cfg),
        Value::decl(&cfg),
        Theme::decl(&cfg),
        Goal::decl(&cfg),
        Status::decl(&cfg),
        StatusChange::decl(&cfg),
        Action::decl(&cfg),
        OwnerKind::decl(&cfg),
        Owner::decl(&cfg),
        DocumentKind::decl(&cfg),
        Cadence::decl(&cfg),
        Document::decl(&cfg),
        Phase::decl(&cfg),
        MilestoneKind::decl(&cfg),
        Milestone::decl(&cfg),
        Direction::decl(&cfg),
        Measurement::decl(&cfg),
        TargetRule::decl(&cfg),
        Indicator::decl(&cfg),
        EventKind::decl(&cfg),
        Event::decl(&cfg),
        Period::decl(&cfg),
        Lang::decl(&cfg),
        Severity::decl(&cfg),
        UserError::decl(&cfg),
    ];
    out.push_str("/** An entity id. */\nexport type Id = string;\n\n/** A date at the precision the user gave: \"2030\", \"2018-09\" or \"2017-05-16\". */\nexport type PlanDate = string;\n\n");
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
