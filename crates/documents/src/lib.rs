//! Lernwelt's application documents without Bevy: the German CV and cover letter with their
//! checks ([`model`]), the PDF in a German layout ([`pdf`]) and the text a person sends for
//! review ([`review`]). The game's documents desk stores, edits and exports them.

pub mod model;
pub mod pdf;
pub mod review;
