//! Text inside XML: the one escaping every XML writer of the core uses (the
//! SVG of the renderer, the XMP packet of the PDF). Markup characters become
//! entities, and every character XML 1.0 forbids (C0 controls other than
//! tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates
//! cannot occur in a Rust string) is dropped, so a name typed or pasted
//! with such a character still makes a well-formed file.

/// Whether XML 1.0 allows `c` in a document (its `Char` production).
pub fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

/// Escapes `s` for XML content and attribute values, dropping what XML forbids.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if !allowed(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_entities() {
        let e = escape("<img src=x onerror=alert(1)> & \"q\" 'a'");
        assert_eq!(
            e,
            "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;"
        );
    }

    #[test]
    fn every_character_xml_forbids_is_dropped_and_every_other_kept() {
        let forbidden: String = (0u32..0x20)
            .filter(|c| ![0x9, 0xa, 0xd].contains(c))
            .filter_map(char::from_u32)
            .chain(['\u{fffe}', '\u{ffff}'])
            .collect();
        assert_eq!(escape(&format!("a{forbidden}b")), "ab");
        let kept = "\t\n\r \u{7f}\u{85}\u{d7ff}\u{e000}\u{fffd}\u{10000}\u{10ffff}ä";
        assert_eq!(escape(kept), kept);
    }
}
