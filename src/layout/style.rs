//! The handouts' look: a calm palette, type sizes and theme colours.

use super::Color;
use crate::model::{MilestoneKind, Status, Strategy, Theme};

/// Body text.
pub const INK: Color = Color(0x1f, 0x29, 0x33);
/// Secondary text.
pub const MUTED: Color = Color(0x5f, 0x6b, 0x7a);
/// Tertiary text and ticks.
pub const FAINT: Color = Color(0x9a, 0xa5, 0xb1);
/// Hairlines and grid.
pub const RULE: Color = Color(0xdd, 0xe2, 0xe7);
/// A very light panel.
pub const PANEL: Color = Color(0xf4, 0xf6, 0xf8);
/// White.
pub const WHITE: Color = Color(0xff, 0xff, 0xff);
/// The today line and "late".
pub const RED: Color = Color(0xc0, 0x39, 0x2b);
/// "At risk".
pub const AMBER: Color = Color(0xd6, 0x89, 0x10);
/// "On track" and "done".
pub const GREEN: Color = Color(0x2e, 0x8b, 0x57);
/// The accent of titles and milestones.
pub const ACCENT: Color = Color(0x1f, 0x4e, 0x79);
/// The shared lane of the plans and reports that name no theme.
pub const DOCUMENTS: Color = Color(0x6b, 0x77, 0x85);

/// Calm colours for themes that have none.
const PALETTE: [Color; 6] = [
    Color(0x2e, 0x6f, 0x9e),
    Color(0x3a, 0x8f, 0x7b),
    Color(0xc0, 0x70, 0x3a),
    Color(0x7a, 0x5b, 0xa6),
    Color(0xb5, 0x47, 0x5b),
    Color(0x5f, 0x7d, 0x2e),
];

/// Reads `#rrggbb`.
pub fn parse_hex(s: &str) -> Option<Color> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let n = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some(Color(n(0)?, n(2)?, n(4)?))
}

/// The colour of a theme: its own, else one of the palette by position.
pub fn theme_color(s: &Strategy, theme: &Theme) -> Color {
    parse_hex(&theme.color).unwrap_or_else(|| {
        let i = s.themes.iter().position(|t| t.id == theme.id).unwrap_or(0);
        PALETTE[i % PALETTE.len()]
    })
}

/// `c` mixed with white: 0 is `c`, 1 is white.
pub fn tint(c: Color, t: f32) -> Color {
    let m = |v: u8| {
        (v as f32 + (255.0 - v as f32) * t)
            .round()
            .clamp(0.0, 255.0) as u8
    };
    Color(m(c.0), m(c.1), m(c.2))
}

/// White or ink, whichever reads better on `c`.
pub fn text_on(c: Color) -> Color {
    let lin = |v: u8| {
        let v = v as f32 / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2);
    if l < 0.36 { WHITE } else { INK }
}

/// The colour that marks a status.
pub fn status_color(status: Status) -> Color {
    match status {
        Status::NotStarted => FAINT,
        Status::OnTrack => Color(0x2e, 0x6f, 0x9e),
        Status::AtRisk => AMBER,
        Status::Late => RED,
        Status::Done => GREEN,
    }
}

/// The colour of a milestone's diamond.
/// The message id of a milestone kind's name ("Valtuusto").
pub fn milestone_kind_message(kind: MilestoneKind) -> &'static str {
    match kind {
        MilestoneKind::KickOff => "handout-legend-kick-off",
        MilestoneKind::Council => "handout-legend-council",
        MilestoneKind::Board => "handout-legend-board",
        MilestoneKind::Evaluation => "handout-legend-evaluation",
        MilestoneKind::Other => "handout-legend-milestone",
    }
}

/// The colour of a milestone's diamond, by its main kind.
pub fn milestone_color(kind: MilestoneKind) -> Color {
    match kind {
        MilestoneKind::KickOff => GREEN,
        MilestoneKind::Council => ACCENT,
        MilestoneKind::Board => Color(0x4a, 0x7f, 0xb0),
        MilestoneKind::Evaluation => AMBER,
        MilestoneKind::Other => MUTED,
    }
}
