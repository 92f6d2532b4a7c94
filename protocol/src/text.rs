//! The shared shape of a validated string newtype (message texts, titles, phone numbers).

/// Implements `as_str` (documented with `$as_str_doc`), `TryFrom<&str>`, `From<T> for String`
/// and a `Debug` that hides the content (or, with `shown`, prints it: for ids that are not
/// personal) for a validated string newtype `$name(String)` whose `TryFrom<String>` (the
/// validation) is written by hand.
macro_rules! string_newtype {
    ($name:ident, $as_str_doc:literal, shown) => {
        $crate::text::string_newtype!(@common $name, $as_str_doc);

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.0)
            }
        }
    };
    ($name:ident, $as_str_doc:literal) => {
        $crate::text::string_newtype!(@common $name, $as_str_doc);

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                // Personal content: keep it out of debug logs by accident.
                f.write_str(concat!(stringify!($name), "(…)"))
            }
        }
    };
    (@common $name:ident, $as_str_doc:literal) => {
        impl $name {
            #[doc = $as_str_doc]
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::error::ValidationError;

            fn try_from(value: &str) -> Result<Self, Self::Error> {
                Self::try_from(value.to_owned())
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }
    };
}

pub(crate) use string_newtype;
