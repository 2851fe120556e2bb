//! Printing to a printer through the system's print dialog, the handout's
//! own pages: the UI puts the core's SVG pages of the chosen handout into a
//! document part that only print media shows (`@media print`), then asks
//! the shell to print the web view.
//!
//! On Linux (WebKitGTK) the shell runs WebKit's print operation itself, with
//! the page set up for the handout's paper and orientation, and GTK's print
//! dialog. Elsewhere the UI calls `window.print()`, which WebView2 (Windows)
//! and WKWebView (macOS) answer with their own print dialog.
//!
//! For end-to-end tests (`TIEKARTTA_TEST_ANSWERS` set, like the dialogs'
//! answers) the dialog is skipped: the same print operation prints to the
//! PDF file `printed.pdf` in that folder through GTK's print-to-file
//! printer, and writes `printed.done` (or `printed.failed` with the error)
//! when WebKit reports the job finished.

use tiekartta::layout::Paper;

/// Prints the web view of `window` on `paper`; `Ok(false)` where the UI
/// should call `window.print()` itself (not Linux).
pub fn print(window: &tauri::WebviewWindow, paper: Paper, landscape: bool) -> tauri::Result<bool> {
    #[cfg(target_os = "linux")]
    {
        linux::print(window, paper, landscape)?;
        Ok(true)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (window, paper, landscape);
        Ok(false)
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::path::PathBuf;

    use gtk::prelude::*;
    use tiekartta::layout::Paper;
    use webkit2gtk::PrintOperationExt;

    /// Where a test's print goes, when testing.
    fn test_folder() -> Option<PathBuf> {
        std::env::var_os("TIEKARTTA_TEST_ANSWERS").map(PathBuf::from)
    }

    fn page_setup(paper: Paper, landscape: bool) -> gtk::PageSetup {
        let setup = gtk::PageSetup::new();
        let name = match paper {
            Paper::A3 => "iso_a3",
            Paper::A4 => "iso_a4",
        };
        setup.set_paper_size(&gtk::PaperSize::new(Some(name)));
        // The handout's pages have their own margins.
        for set in [
            gtk::PageSetup::set_top_margin,
            gtk::PageSetup::set_bottom_margin,
            gtk::PageSetup::set_left_margin,
            gtk::PageSetup::set_right_margin,
        ] {
            set(&setup, 0.0, gtk::Unit::Mm);
        }
        setup.set_orientation(if landscape {
            gtk::PageOrientation::Landscape
        } else {
            gtk::PageOrientation::Portrait
        });
        setup
    }

    pub fn print(
        window: &tauri::WebviewWindow,
        paper: Paper,
        landscape: bool,
    ) -> tauri::Result<()> {
        window.with_webview(move |platform| {
            let view = platform.inner();
            let parent = view
                .toplevel()
                .and_then(|w| w.downcast::<gtk::Window>().ok());
            let op = webkit2gtk::PrintOperation::new(&view);
            op.set_page_setup(&page_setup(paper, landscape));
            match test_folder() {
                Some(dir) => to_file(&op, &dir),
                None => {
                    // GTK's dialog: the printer, copies and pages are the user's choice.
                    op.run_dialog(parent.as_ref());
                }
            }
        })
    }

    /// The test's print: no dialog, GTK's print-to-file printer, a PDF.
    fn to_file(op: &webkit2gtk::PrintOperation, dir: &std::path::Path) {
        let pdf = dir.join("printed.pdf");
        for f in ["printed.pdf", "printed.done", "printed.failed"] {
            let _ = std::fs::remove_file(dir.join(f));
        }
        let settings = gtk::PrintSettings::new();
        settings.set_printer("Print to File");
        settings.set(gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT, Some("pdf"));
        let uri = gtk::glib::filename_to_uri(&pdf, None)
            .map(|u| u.to_string())
            .unwrap_or_default();
        settings.set(gtk::PRINT_SETTINGS_OUTPUT_URI, Some(&uri));
        op.set_print_settings(&settings);
        let done = dir.join("printed.done");
        op.connect_finished(move |_| {
            let _ = std::fs::write(&done, "");
        });
        let failed = dir.join("printed.failed");
        op.connect_failed(move |_, e| {
            let _ = std::fs::write(&failed, e.to_string());
        });
        op.print();
    }
}
