//! (in progress)

use super::Result;
use super::canvas::Doc;

pub fn lay_out(doc: &mut Doc) -> Result<()> {
    doc.new_page();
    Ok(())
}
