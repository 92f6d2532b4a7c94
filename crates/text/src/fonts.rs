//! The fonts Lernwelt bundles (SIL Open Font License, `assets/fonts/OFL.txt`): one copy in the
//! binary serves the interface, the signs in the world and the PDF documents.

/// Noto Sans: Latin (Turkish and Albanian letters included) and Cyrillic.
pub const LATIN: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Arabic.
pub const ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");
/// A subset of Noto Sans Math: arrows and ≈, which the text fonts lack.
pub const MATH: &[u8] = include_bytes!("../../../assets/fonts/NotoSansMath-Regular-subset.ttf");
/// A subset of Noto Sans Symbols 2: ★ ⚠ ✓.
pub const SYMBOLS: &[u8] =
    include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular-subset.ttf");
