//! Languages: the interface's strings (Fluent), the translations of the
//! scenarios and the guide (gettext PO files), and where lines may break in
//! scripts written without spaces.
//!
//! Every string a user reads goes through here: the interface asks [`Ui`]
//! for a key (with [`tr!`](crate::tr)), and content is translated before it is shown.

pub mod breaks;
mod cases;
pub mod catalog;
pub mod content;
pub mod lang;
pub mod localized;
pub mod names;
pub mod po;
pub mod pseudo;
pub mod translations;
pub mod ui;

pub use lang::Lang;
pub use localized::Localized;
pub use translations::Translations;
pub use ui::{Arg, Ui};

/// The text of a key in the interface's language, with named arguments:
/// `tr!(ui, "home-hello", name = trainee)`.
#[macro_export]
macro_rules! tr {
    ($ui:expr, $key:literal) => {
        $ui.text($key)
    };
    ($ui:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $ui.fmt($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
