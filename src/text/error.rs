//! What can go wrong when measuring text.

use crate::i18n::Message;

/// A font could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// A compiled-in font or hyphenation dictionary could not be read.
    #[error("the built-in resource {0} could not be read")]
    ResourceUnreadable(&'static str),
}

/// Results of text measuring.
pub type Result<T, E = TextError> = std::result::Result<T, E>;

impl TextError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            TextError::ResourceUnreadable(name) => {
                Message::new("handout-resource-unreadable").arg("name", name)
            }
        }
    }
}
