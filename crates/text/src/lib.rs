//! Lernwelt's text without Bevy: right-to-left ordering and Arabic joining for renderers that
//! lay out left to right ([`bidi`]), line breaking ([`wrap`]), the editing rules of the
//! right-to-left text field ([`edit`]) and the bundled fonts ([`fonts`]). Its tests build in
//! seconds.

pub mod bidi;
pub mod edit;
pub mod fonts;
pub mod wrap;
