//! The game's integration tests in one binary (one link of Bevy instead of one per file): the
//! world, interview practice and lessons, dialogue scripts, locales, locale keys, glyphs and
//! the layout of the source.
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

#[path = "../support/mod.rs"]
mod support;

mod dialogue;
mod glyphs;
mod interview;
mod keys;
mod layout;
mod live;
mod locales;
mod source;
mod world;
