//! What PDF/A-2b asks beyond what printpdf writes: an RGB output intent with
//! an ICC profile (the handouts paint in DeviceRGB), XMP metadata with the
//! `pdfaid` schema that agrees with the Info dictionary, an uncompressed
//! metadata stream, and the language. The sRGB profile is built here (an ICC
//! v2 matrix/TRC display profile with the sRGB primaries adapted to D50 and
//! a 2.2 gamma), so no profile file has to be shipped.

use chrono::{Datelike, NaiveDateTime, Timelike};
use lopdf::{Dictionary, Document, Object, Stream, StringFormat};

use crate::xml::escape as xml;

/// The fields the Info dictionary and the XMP packet both carry.
pub struct DocInfo<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    pub creator: &'a str,
    pub producer: &'a str,
    pub created: NaiveDateTime,
    pub lang: &'a str,
}

fn be32(v: u32) -> [u8; 4] {
    v.to_be_bytes()
}

fn s15(v: f64) -> [u8; 4] {
    ((v * 65536.0).round() as i32).to_be_bytes()
}

fn xyz_tag(x: f64, y: f64, z: f64) -> Vec<u8> {
    let mut t = b"XYZ \0\0\0\0".to_vec();
    for v in [x, y, z] {
        t.extend_from_slice(&s15(v));
    }
    t
}

fn desc_tag(text: &str) -> Vec<u8> {
    let mut t = b"desc\0\0\0\0".to_vec();
    t.extend_from_slice(&be32(text.len() as u32 + 1));
    t.extend_from_slice(text.as_bytes());
    t.push(0);
    t.extend_from_slice(&[0; 8]); // no Unicode description
    t.extend_from_slice(&[0; 3]); // no ScriptCode description
    t.extend_from_slice(&[0; 67]);
    t
}

/// An ICC v2 sRGB display profile.
pub fn srgb_profile() -> Vec<u8> {
    let mut text = b"text\0\0\0\0".to_vec();
    text.extend_from_slice(b"No copyright, use freely\0");
    let mut curve = b"curv\0\0\0\0".to_vec();
    curve.extend_from_slice(&be32(1));
    curve.extend_from_slice(&[0x02, 0x33, 0, 0]); // gamma 2.2 (u8Fixed8), padded
    let tags: Vec<([u8; 4], Vec<u8>)> = vec![
        (*b"desc", desc_tag("sRGB IEC61966-2.1 (Tiekartta)")),
        (*b"cprt", text),
        (*b"wtpt", xyz_tag(0.9642, 1.0, 0.8249)),
        (*b"rXYZ", xyz_tag(0.4361, 0.2225, 0.0139)),
        (*b"gXYZ", xyz_tag(0.3851, 0.7169, 0.0971)),
        (*b"bXYZ", xyz_tag(0.1431, 0.0606, 0.7141)),
        (*b"rTRC", curve.clone()),
        (*b"gTRC", curve.clone()),
        (*b"bTRC", curve),
    ];
    let table_len = 4 + 12 * tags.len();
    let mut offset = 128 + table_len;
    let mut table = be32(tags.len() as u32).to_vec();
    let mut data = Vec::new();
    for (sig, body) in &tags {
        let pad = (4 - offset % 4) % 4;
        data.extend(std::iter::repeat_n(0u8, pad));
        offset += pad;
        table.extend_from_slice(sig);
        table.extend_from_slice(&be32(offset as u32));
        table.extend_from_slice(&be32(body.len() as u32));
        data.extend_from_slice(body);
        offset += body.len();
    }
    let size = 128 + table.len() + data.len();
    let mut h = Vec::with_capacity(size);
    h.extend_from_slice(&be32(size as u32));
    h.extend_from_slice(&[0; 4]); // preferred CMM
    h.extend_from_slice(&[0x02, 0x10, 0, 0]); // version 2.1
    h.extend_from_slice(b"mntr");
    h.extend_from_slice(b"RGB ");
    h.extend_from_slice(b"XYZ ");
    h.extend_from_slice(&[0x07, 0xd0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]); // 2000-01-01
    h.extend_from_slice(b"acsp");
    h.extend_from_slice(&[0; 4]); // platform
    h.extend_from_slice(&[0; 4]); // flags
    h.extend_from_slice(&[0; 4]); // manufacturer
    h.extend_from_slice(&[0; 4]); // model
    h.extend_from_slice(&[0; 8]); // attributes
    h.extend_from_slice(&[0; 4]); // perceptual intent
    h.extend_from_slice(&s15(0.9642));
    h.extend_from_slice(&s15(1.0));
    h.extend_from_slice(&s15(0.8249));
    h.extend_from_slice(&[0; 4]); // creator
    h.resize(128, 0);
    h.extend_from_slice(&table);
    h.extend_from_slice(&data);
    h
}

fn utf16(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// The XMP packet.
pub fn xmp(info: &DocInfo) -> String {
    let t = info.created;
    let date = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n\
<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{subject}</rdf:li></rdf:Alt></dc:description>\n\
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
<xmp:CreatorTool>{creator}</xmp:CreatorTool>\n\
<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n\
<xmp:MetadataDate>{date}</xmp:MetadataDate>\n\
<pdf:Producer>{producer}</pdf:Producer>\n\
</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
        title = xml(info.title),
        author = xml(info.author),
        subject = xml(info.subject),
        lang = xml(info.lang),
        creator = xml(info.creator),
        producer = xml(info.producer),
    )
}

/// Adds the PDF/A parts to a document printpdf made.
pub fn make_archival(doc: &mut Document, info: &DocInfo) {
    doc.version = "1.7".into();
    let t = info.created;
    let pdf_date = format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00'",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    // The Info dictionary, with exactly the fields the XMP packet repeats.
    let mut d = Dictionary::new();
    d.set("Title", utf16(info.title));
    d.set("Author", utf16(info.author));
    d.set("Subject", utf16(info.subject));
    d.set("Creator", utf16(info.creator));
    d.set("Producer", utf16(info.producer));
    d.set("CreationDate", Object::string_literal(pdf_date.clone()));
    d.set("ModDate", Object::string_literal(pdf_date));
    let info_id = doc.add_object(d);
    doc.trailer.set("Info", Object::Reference(info_id));

    let mut meta = Dictionary::new();
    meta.set("Type", Object::Name(b"Metadata".to_vec()));
    meta.set("Subtype", Object::Name(b"XML".to_vec()));
    let meta_id = doc.add_object(Stream::new(meta, xmp(info).into_bytes()).with_compression(false));

    let mut icc = Dictionary::new();
    icc.set("N", Object::Integer(3));
    let icc_id = doc.add_object(Stream::new(icc, srgb_profile()));
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    intent.set(
        "OutputConditionIdentifier",
        Object::string_literal("sRGB IEC61966-2.1"),
    );
    intent.set("Info", Object::string_literal("sRGB IEC61966-2.1"));
    intent.set("DestOutputProfile", Object::Reference(icc_id));

    if let Ok(root) = doc.trailer.get(b"Root").and_then(|r| r.as_reference())
        && let Ok(catalog) = doc.get_object_mut(root).and_then(|o| o.as_dict_mut())
    {
        catalog.set("Lang", Object::string_literal(info.lang));
        catalog.set("Metadata", Object::Reference(meta_id));
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(intent)]),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_srgb_profile_has_a_valid_header_and_tag_table() {
        let p = srgb_profile();
        assert_eq!(
            u32::from_be_bytes([p[0], p[1], p[2], p[3]]) as usize,
            p.len()
        );
        assert_eq!(&p[12..20], b"mntrRGB ");
        assert_eq!(&p[36..40], b"acsp");
        let n = u32::from_be_bytes([p[128], p[129], p[130], p[131]]) as usize;
        assert_eq!(n, 9);
        for i in 0..n {
            let e = 132 + 12 * i;
            let off = u32::from_be_bytes([p[e + 4], p[e + 5], p[e + 6], p[e + 7]]) as usize;
            let len = u32::from_be_bytes([p[e + 8], p[e + 9], p[e + 10], p[e + 11]]) as usize;
            assert_eq!(off % 4, 0);
            assert!(off + len <= p.len());
        }
    }

    #[test]
    fn the_xmp_packet_names_pdfa_2b_and_escapes_text() {
        let info = DocInfo {
            title: "Strategia <2030> & muuta",
            author: "Paimio",
            subject: "Tiekartta",
            creator: "Tiekartta",
            producer: "Tiekartta",
            created: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap(),
            lang: "fi",
        };
        let x = xmp(&info);
        assert!(
            x.contains("<pdfaid:part>2</pdfaid:part>")
                && x.contains("<pdfaid:conformance>B</pdfaid:conformance>")
        );
        assert!(x.contains("Strategia &lt;2030&gt; &amp; muuta"));
        assert!(x.contains("2026-11-22T12:00:00+00:00"));
    }
}
