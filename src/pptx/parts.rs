//! The fixed parts of the package: content types, relationships, the
//! presentation, a slide master and layout with nothing on them, a theme
//! whose fonts are Noto Sans, and the notes master.

use std::fmt::Write;

pub(super) const NS: &str = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// An empty shape tree, the start of every `p:spTree`.
pub(super) const TREE_START: &str = "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/>\
<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/>\
<a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

pub(super) fn head() -> &'static str {
    HEAD
}

pub(super) fn rels(list: &[(&str, &str)]) -> String {
    let mut out = format!(
        "{HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (i, (kind, target)) in list.iter().enumerate() {
        let _ = write!(
            out,
            "<Relationship Id=\"rId{}\" Type=\"{REL}/{kind}\" Target=\"{target}\"/>",
            i + 1
        );
    }
    out.push_str("</Relationships>");
    out
}

pub(super) fn content_types(slides: usize) -> String {
    let mut out = format!(
        "{HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/ppt/presentation.xml\" ContentType=\"{CT}.presentation.main+xml\"/>\
<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"{CT}.slideMaster+xml\"/>\
<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"{CT}.slideLayout+xml\"/>\
<Override PartName=\"/ppt/notesMasters/notesMaster1.xml\" ContentType=\"{CT}.notesMaster+xml\"/>\
<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/ppt/theme/theme2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    );
    for i in 1..=slides {
        let _ = write!(
            out,
            "<Override PartName=\"/ppt/slides/slide{i}.xml\" ContentType=\"{CT}.slide+xml\"/>\
<Override PartName=\"/ppt/notesSlides/notesSlide{i}.xml\" ContentType=\"{CT}.notesSlide+xml\"/>"
        );
    }
    out.push_str("</Types>");
    out
}

pub(super) fn root_rels() -> String {
    let mut out = rels(&[("officeDocument", "ppt/presentation.xml")]);
    out = out.replace(
        "</Relationships>",
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>",
    );
    out
}

pub(super) fn core(title: &str, lang: &str) -> String {
    format!(
        "{HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{lang}</dc:language>\
<dc:creator>Tiekartta</dc:creator></cp:coreProperties>",
        crate::xml::escape(title)
    )
}

pub(super) fn presentation(slides: usize, cx: i64, cy: i64) -> String {
    let mut out = format!(
        "{HEAD}<p:presentation {NS} saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>"
    );
    for i in 0..slides {
        let _ = write!(out, "<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + i, 4 + i);
    }
    let _ = write!(
        out,
        "</p:sldIdLst><p:sldSz cx=\"{cx}\" cy=\"{cy}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>"
    );
    out
}

pub(super) fn presentation_rels(slides: usize) -> String {
    let mut list = vec![
        ("slideMaster", "slideMasters/slideMaster1.xml".to_owned()),
        ("notesMaster", "notesMasters/notesMaster1.xml".to_owned()),
        ("theme", "theme/theme1.xml".to_owned()),
    ];
    for i in 1..=slides {
        list.push(("slide", format!("slides/slide{i}.xml")));
    }
    let list: Vec<(&str, &str)> = list.iter().map(|(k, t)| (*k, t.as_str())).collect();
    rels(&list)
}

const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" \
accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" \
hlink=\"hlink\" folHlink=\"folHlink\"/>";

pub(super) fn slide_master() -> String {
    format!(
        "{HEAD}<p:sldMaster {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill>\
<a:effectLst/></p:bgPr></p:bg>{TREE_START}</p:spTree></p:cSld>{CLR_MAP}\
<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>"
    )
}

pub(super) fn slide_layout() -> String {
    format!(
        "{HEAD}<p:sldLayout {NS} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\">{TREE_START}</p:spTree></p:cSld>\
<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
}

pub(super) fn notes_master() -> String {
    format!(
        "{HEAD}<p:notesMaster {NS}><p:cSld>{TREE_START}</p:spTree></p:cSld>{CLR_MAP}</p:notesMaster>"
    )
}

/// The theme: Office's colour slots, Noto Sans for headings and body.
pub(super) fn theme() -> String {
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let line = "<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>";
    let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    format!(
        "{HEAD}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Tiekartta\">\
<a:themeElements><a:clrScheme name=\"Tiekartta\"><a:dk1><a:srgbClr val=\"1F2933\"/></a:dk1>\
<a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1><a:dk2><a:srgbClr val=\"44546A\"/></a:dk2>\
<a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2><a:accent1><a:srgbClr val=\"2F6DB5\"/></a:accent1>\
<a:accent2><a:srgbClr val=\"E07B39\"/></a:accent2><a:accent3><a:srgbClr val=\"3A9D5D\"/></a:accent3>\
<a:accent4><a:srgbClr val=\"8E5BB5\"/></a:accent4><a:accent5><a:srgbClr val=\"C9A227\"/></a:accent5>\
<a:accent6><a:srgbClr val=\"C43D3D\"/></a:accent6><a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink>\
<a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>\
<a:fontScheme name=\"Noto Sans\"><a:majorFont><a:latin typeface=\"Noto Sans\" panose=\"020B0502040504020204\"/><a:ea typeface=\"\"/>\
<a:cs typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"Noto Sans\" panose=\"020B0502040504020204\"/><a:ea typeface=\"\"/>\
<a:cs typeface=\"\"/></a:minorFont></a:fontScheme><a:fmtScheme name=\"Tiekartta\">\
<a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst><a:lnStyleLst>{line}{line}{line}</a:lnStyleLst>\
<a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst>\
<a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>\
<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
}
