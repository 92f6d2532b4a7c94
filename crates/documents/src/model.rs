//! The documents themselves — a German CV (tabellarischer Lebenslauf) and a cover letter
//! (Anschreiben) — with their validation. The contents are German text typed by the person;
//! only the labels, help and messages around them are translated.

use serde::{Deserialize, Serialize};

/// Personal details at the top of the CV; they are also the sender of the cover letter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Personal {
    pub name: String,
    /// Street and house number.
    pub street: String,
    /// Postcode and town.
    pub city: String,
    pub phone: String,
    /// Optional.
    pub email: String,
    /// Optional, `TT.MM.JJJJ`.
    pub birth_date: String,
    /// Optional.
    pub nationality: String,
}

/// One line of the CV table: a period and what happened in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    /// `MM/JJJJ`.
    pub from: String,
    /// `MM/JJJJ`, or empty while it is still going on ("heute").
    pub to: String,
    /// School and leaving certificate, training, job title, or the reason for a gap.
    pub title: String,
    /// Where: school, company and town, country if abroad.
    pub place: String,
    /// Tasks, subjects, marks — free text.
    pub details: String,
    /// Schools and training abroad: the recognition or evaluation of the certificate
    /// (Anerkennung, Zeugnisbewertung), or that it has been applied for.
    pub recognition: String,
}

/// The sections of the CV that are lists of periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    School,
    Training,
    Work,
    Gaps,
}

impl Section {
    /// In the order of the CV.
    pub const ALL: [Section; 4] = [
        Section::School,
        Section::Training,
        Section::Work,
        Section::Gaps,
    ];

    /// Used in field ids and locale keys.
    pub fn id(self) -> &'static str {
        match self {
            Section::School => "school",
            Section::Training => "training",
            Section::Work => "work",
            Section::Gaps => "gaps",
        }
    }

    /// The German heading in the exported CV.
    pub fn german_heading(self) -> &'static str {
        match self {
            Section::School => "Schulbildung",
            Section::Training => "Ausbildung",
            Section::Work => "Berufserfahrung und Praktika",
            Section::Gaps => "Weitere Zeiten",
        }
    }

    /// Whether entries have a recognition field (certificates from abroad).
    pub fn has_recognition(self) -> bool {
        matches!(self, Section::School | Section::Training)
    }
}

/// The CEFR levels, and native speaker.
pub const LEVELS: [&str; 7] = ["A1", "A2", "B1", "B2", "C1", "C2", "Muttersprache"];

/// A language and how well the person speaks it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LanguageSkill {
    /// In German: "Deutsch", "Arabisch", "Türkisch" …
    pub language: String,
    /// One of [`LEVELS`].
    pub level: String,
}

/// The CV.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cv {
    pub personal: Personal,
    pub school: Vec<Entry>,
    pub training: Vec<Entry>,
    pub work: Vec<Entry>,
    /// Gaps explained: arrival, waiting for a permit, language course, family care …
    pub gaps: Vec<Entry>,
    pub languages: Vec<LanguageSkill>,
    /// Skills (computer, driving licence …), free text.
    pub skills: String,
    /// Optional.
    pub hobbies: String,
}

impl Cv {
    /// The entries of a section.
    pub fn section(&self, section: Section) -> &Vec<Entry> {
        match section {
            Section::School => &self.school,
            Section::Training => &self.training,
            Section::Work => &self.work,
            Section::Gaps => &self.gaps,
        }
    }

    /// The entries of a section, to edit.
    pub fn section_mut(&mut self, section: Section) -> &mut Vec<Entry> {
        match section {
            Section::School => &mut self.school,
            Section::Training => &mut self.training,
            Section::Work => &mut self.work,
            Section::Gaps => &mut self.gaps,
        }
    }
}

/// The cover letter. The sender is the CV's personal details.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Letter {
    pub company: String,
    /// Optional: "Frau Anna Schmidt", "Personalabteilung".
    pub contact: String,
    pub street: String,
    pub city: String,
    /// Where the letter is written ("Berlin").
    pub place: String,
    /// `TT.MM.JJJJ`.
    pub date: String,
    /// Betreff.
    pub subject: String,
    pub greeting: String,
    pub opening: String,
    pub body: String,
    pub closing: String,
    /// The name under the letter.
    pub signature: String,
}

/// Everything on the desk, stored as one draft.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Drafts {
    pub cv: Cv,
    pub letter: Letter,
}

/// A problem with one field: the field's id (as used by the UI) and the locale key of the
/// message shown next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub field: String,
    pub key: &'static str,
}

impl Issue {
    fn new(field: impl Into<String>, key: &'static str) -> Self {
        Self {
            field: field.into(),
            key,
        }
    }
}

/// A month as `(year, month)`, parsed from `MM/JJJJ`.
pub fn parse_month(text: &str) -> Option<(u32, u32)> {
    let (m, y) = text.trim().split_once('/')?;
    if m.len() != 2 || y.len() != 4 {
        return None;
    }
    let month: u32 = m.parse().ok()?;
    let year: u32 = y.parse().ok()?;
    ((1..=12).contains(&month) && (1900..=2100).contains(&year)).then_some((year, month))
}

/// A day as `(year, month, day)`, parsed from `TT.MM.JJJJ`.
pub fn parse_day(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.trim().split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() != 2 || m.len() != 2 || y.len() != 4 {
        return None;
    }
    let (day, month, year): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1..=days).contains(&day) && (1900..=2100).contains(&year)).then_some((year, month, day))
}

/// Whether a phone number looks dialable: digits with spaces, `+`, `/`, `-` or brackets,
/// starting with `+` or `0`, 6 to 15 digits.
pub fn phone_plausible(text: &str) -> bool {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || " +/-()".contains(c));
    let plus_only_first = text.chars().skip(1).all(|c| c != '+');
    allowed
        && plus_only_first
        && (text.starts_with('+') || text.starts_with('0'))
        && (6..=15).contains(&digits)
}

/// Whether an e-mail address has the shape `name@domain.tld`.
pub fn email_plausible(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !text.contains(char::is_whitespace)
                && !domain.contains('@')
                && domain
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.ends_with('.'))
        }
        None => false,
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// Every problem of the CV, in the order of the form.
pub fn validate_cv(cv: &Cv) -> Vec<Issue> {
    let mut issues = Vec::new();
    let p = &cv.personal;
    for (field, value) in [
        ("name", &p.name),
        ("street", &p.street),
        ("city", &p.city),
        ("phone", &p.phone),
    ] {
        if blank(value) {
            issues.push(Issue::new(field, "doc-err-required"));
        }
    }
    if !blank(&p.phone) && !phone_plausible(&p.phone) {
        issues.push(Issue::new("phone", "doc-err-phone"));
    }
    if !blank(&p.email) && !email_plausible(&p.email) {
        issues.push(Issue::new("email", "doc-err-email"));
    }
    if !blank(&p.birth_date) && parse_day(&p.birth_date).is_none() {
        issues.push(Issue::new("birth_date", "doc-err-day"));
    }
    if cv.school.is_empty() {
        issues.push(Issue::new("school", "doc-err-school-missing"));
    }
    for section in Section::ALL {
        for (i, entry) in cv.section(section).iter().enumerate() {
            let id = |f: &str| format!("{}.{i}.{f}", section.id());
            let from = parse_month(&entry.from);
            let to = parse_month(&entry.to);
            if blank(&entry.from) {
                issues.push(Issue::new(id("from"), "doc-err-required"));
            } else if from.is_none() {
                issues.push(Issue::new(id("from"), "doc-err-month"));
            }
            if !blank(&entry.to) && to.is_none() {
                issues.push(Issue::new(id("to"), "doc-err-month"));
            }
            if let (Some(from), Some(to)) = (from, to)
                && from > to
            {
                issues.push(Issue::new(id("to"), "doc-err-order"));
            }
            if blank(&entry.title) {
                issues.push(Issue::new(id("title"), "doc-err-required"));
            }
        }
    }
    if cv.languages.is_empty() {
        issues.push(Issue::new("languages", "doc-err-languages-missing"));
    }
    for (i, skill) in cv.languages.iter().enumerate() {
        if blank(&skill.language) {
            issues.push(Issue::new(
                format!("languages.{i}.language"),
                "doc-err-required",
            ));
        }
        if !LEVELS.contains(&skill.level.as_str()) {
            issues.push(Issue::new(format!("languages.{i}.level"), "doc-err-level"));
        }
    }
    issues
}

/// Every problem of the cover letter (the sender is checked with the CV).
pub fn validate_letter(letter: &Letter) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (field, value) in [
        ("company", &letter.company),
        ("street", &letter.street),
        ("city", &letter.city),
        ("place", &letter.place),
        ("date", &letter.date),
        ("subject", &letter.subject),
        ("greeting", &letter.greeting),
        ("body", &letter.body),
        ("closing", &letter.closing),
        ("signature", &letter.signature),
    ] {
        if blank(value) {
            issues.push(Issue::new(field, "doc-err-required"));
        }
    }
    if !blank(&letter.date) && parse_day(&letter.date).is_none() {
        issues.push(Issue::new("date", "doc-err-day"));
    }
    issues
}

/// A period as the CV shows it: "09/2019 – 07/2023", "seit 08/2024" or just the month.
pub fn period(entry: &Entry) -> String {
    let (from, to) = (entry.from.trim(), entry.to.trim());
    match (from.is_empty(), to.is_empty()) {
        (false, false) if from == to => from.to_owned(),
        (false, false) => format!("{from} – {to}"),
        (false, true) => format!("seit {from}"),
        (true, false) => format!("bis {to}"),
        (true, true) => String::new(),
    }
}

impl Cv {
    /// The CV as plain German text (for review by a counsellor).
    pub fn to_text(&self) -> String {
        let p = &self.personal;
        let mut out = String::from("Lebenslauf\n\nPersönliche Daten\n");
        for (label, value) in [
            ("Name", &p.name),
            (
                "Anschrift",
                &format!("{}, {}", p.street.trim(), p.city.trim()),
            ),
            ("Telefon", &p.phone),
            ("E-Mail", &p.email),
            ("Geburtsdatum", &p.birth_date),
            ("Staatsangehörigkeit", &p.nationality),
        ] {
            if !blank(value) && value.trim() != "," {
                out.push_str(&format!("{label}: {}\n", value.trim()));
            }
        }
        for section in Section::ALL {
            let entries = self.section(section);
            if entries.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{}\n", section.german_heading()));
            for e in entries {
                out.push_str(&format!("{}: {}", period(e), e.title.trim()));
                if !blank(&e.place) {
                    out.push_str(&format!(", {}", e.place.trim()));
                }
                out.push('\n');
                for extra in [&e.details, &e.recognition] {
                    if !blank(extra) {
                        out.push_str(&format!("  {}\n", extra.trim()));
                    }
                }
            }
        }
        if !self.languages.is_empty() {
            out.push_str("\nSprachkenntnisse\n");
            for l in &self.languages {
                out.push_str(&format!(
                    "{}: {}\n",
                    l.language.trim(),
                    level_text(&l.level)
                ));
            }
        }
        for (heading, text) in [("Kenntnisse", &self.skills), ("Hobbys", &self.hobbies)] {
            if !blank(text) {
                out.push_str(&format!("\n{heading}\n{}\n", text.trim()));
            }
        }
        out
    }
}

impl Letter {
    /// The letter as plain German text, the sender taken from `personal`.
    pub fn to_text(&self, personal: &Personal) -> String {
        let mut out = String::new();
        for line in [&personal.name, &personal.street, &personal.city] {
            if !blank(line) {
                out.push_str(&format!("{}\n", line.trim()));
            }
        }
        out.push('\n');
        for line in [&self.company, &self.contact, &self.street, &self.city] {
            if !blank(line) {
                out.push_str(&format!("{}\n", line.trim()));
            }
        }
        out.push_str(&format!(
            "\n{}, {}\n\n{}\n\n{}\n\n",
            self.place.trim(),
            self.date.trim(),
            self.subject.trim(),
            self.greeting.trim()
        ));
        for part in [&self.opening, &self.body, &self.closing, &self.signature] {
            if !blank(part) {
                out.push_str(&format!("{}\n\n", part.trim()));
            }
        }
        out
    }
}

/// A level as the CV prints it: "B1 (GER)" or "Muttersprache".
pub fn level_text(level: &str) -> String {
    if level == "Muttersprache" {
        level.to_owned()
    } else {
        format!("{level} (GER)")
    }
}

/// German example phrases for the fields (the documents are written in German).
pub mod examples {
    /// Example of a field's content, by field name (the last part of a field id).
    pub fn for_field(field: &str) -> Option<&'static str> {
        Some(match field {
            "name" => "Ayşe Yılmaz",
            "street" => "Lindenstraße 12",
            "city" => "12043 Berlin",
            "phone" => "0176 1234567",
            "email" => "ayse.yilmaz@example.de",
            "birth_date" => "14.03.2006",
            "nationality" => "türkisch",
            "from" => "09/2019",
            "to" => "07/2023",
            "title" => "Abschluss: Hauptschulabschluss",
            "place" => "Gesamtschule Neukölln, Berlin",
            "details" => "Lieblingsfächer: Mathematik, Deutsch",
            "recognition" => {
                "Zeugnis anerkannt als Mittlerer Schulabschluss (Bezirksregierung, 2024)"
            }
            "language" => "Deutsch",
            "skills" => "MS Office (Word, Excel), Führerschein Klasse B",
            "hobbies" => "Fußball im Verein, Kochen",
            "company" => "Müller Logistik GmbH",
            "contact" => "Frau Anna Schmidt",
            "letter_street" => "Hafenstraße 5",
            "letter_city" => "20457 Hamburg",
            "letter_place" => "Berlin",
            "date" => "02.11.2026",
            "subject" => "Bewerbung um einen Ausbildungsplatz als Fachkraft für Lagerlogistik",
            "greeting" => "Sehr geehrte Frau Schmidt,",
            "opening" => {
                "mit großem Interesse habe ich Ihre Anzeige auf der Seite der Agentur für Arbeit gelesen."
            }
            "body" => {
                "Im Praktikum bei … habe ich gelernt, … Ich arbeite gern im Team und bin zuverlässig."
            }
            "closing" => "Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.",
            "closing_formula" => "Mit freundlichen Grüßen",
            "signature" => "Ayşe Yılmaz",
            "gap_title" => "Deutschkurs (Integrationskurs) bis B1",
            _ => return None,
        })
    }
}

/// A filled example: shown in automated screenshots and used by tests.
pub fn example() -> Drafts {
    let entry = |from: &str, to: &str, title: &str, place: &str, details: &str, rec: &str| Entry {
        from: from.into(),
        to: to.into(),
        title: title.into(),
        place: place.into(),
        details: details.into(),
        recognition: rec.into(),
    };
    Drafts {
        cv: Cv {
            personal: Personal {
                name: "Ayşe Yılmaz".into(),
                street: "Lindenstraße 12".into(),
                city: "12043 Berlin".into(),
                phone: "0176 1234567".into(),
                email: "ayse.yilmaz@example.de".into(),
                birth_date: "14.03.2006".into(),
                nationality: "türkisch".into(),
            },
            school: vec![
                entry(
                    "09/2013",
                    "06/2021",
                    "Grund- und Mittelschule, Abschluss nach Klasse 8",
                    "Gaziantep, Türkei",
                    "",
                    "Zeugnisbewertung: entspricht dem Hauptschulabschluss (Bezirksregierung Düsseldorf, 2023)",
                ),
                entry(
                    "08/2023",
                    "07/2024",
                    "Mittlerer Schulabschluss (MSA)",
                    "Willkommensklasse und 10. Klasse, Gesamtschule Neukölln, Berlin",
                    "",
                    "",
                ),
            ],
            training: vec![],
            work: vec![entry(
                "03/2024",
                "03/2024",
                "Schülerpraktikum im Lager",
                "Müller Logistik GmbH, Berlin",
                "Waren annehmen, einräumen, Inventur",
                "",
            )],
            gaps: vec![entry(
                "07/2021",
                "07/2023",
                "Ankunft in Deutschland, Deutschkurs (Integrationskurs) bis B1",
                "Volkshochschule Neukölln",
                "",
                "",
            )],
            languages: vec![
                LanguageSkill {
                    language: "Türkisch".into(),
                    level: "Muttersprache".into(),
                },
                LanguageSkill {
                    language: "Deutsch".into(),
                    level: "B2".into(),
                },
                LanguageSkill {
                    language: "Englisch".into(),
                    level: "A2".into(),
                },
            ],
            skills: "MS Office (Word, Excel), Gabelstaplerschein in Vorbereitung".into(),
            hobbies: "Fußball im Verein, Kochen für Freunde".into(),
        },
        letter: Letter {
            company: "Müller Logistik GmbH".into(),
            contact: "Frau Anna Schmidt".into(),
            street: "Hafenstraße 5".into(),
            city: "12059 Berlin".into(),
            place: "Berlin".into(),
            date: "02.11.2026".into(),
            subject: "Bewerbung um einen Ausbildungsplatz als Fachkraft für Lagerlogistik".into(),
            greeting: "Sehr geehrte Frau Schmidt,".into(),
            opening: "mit großem Interesse habe ich Ihre Anzeige für einen Ausbildungsplatz ab August 2027 gelesen. Ihren Betrieb kenne ich schon aus meinem Schülerpraktikum im März 2024.".into(),
            body: "Im Praktikum habe ich Waren angenommen, eingeräumt und bei der Inventur geholfen. Die Arbeit im Team hat mir viel Spaß gemacht.\nIch spreche Türkisch als Muttersprache, Deutsch auf dem Niveau B2 und etwas Englisch. Ich bin zuverlässig, pünktlich und lerne schnell.".into(),
            closing: "Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.\n\nMit freundlichen Grüßen".into(),
            signature: "Ayşe Yılmaz".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(issues: &[Issue]) -> Vec<(&str, &str)> {
        issues.iter().map(|i| (i.field.as_str(), i.key)).collect()
    }

    #[test]
    fn the_example_is_valid() {
        let drafts = example();
        assert_eq!(validate_cv(&drafts.cv), vec![]);
        assert_eq!(validate_letter(&drafts.letter), vec![]);
    }

    #[test]
    fn an_empty_cv_names_every_required_part() {
        let issues = validate_cv(&Cv::default());
        let k = keys(&issues);
        for field in ["name", "street", "city", "phone"] {
            assert!(k.contains(&(field, "doc-err-required")), "{field}: {k:?}");
        }
        assert!(k.contains(&("school", "doc-err-school-missing")));
        assert!(k.contains(&("languages", "doc-err-languages-missing")));
        let letter = validate_letter(&Letter::default());
        assert!(keys(&letter).contains(&("subject", "doc-err-required")));
        // Contact person is optional.
        assert!(!keys(&letter).iter().any(|(f, _)| *f == "contact"));
    }

    #[test]
    fn months_must_be_mm_yyyy_and_in_order() {
        assert_eq!(parse_month("09/2019"), Some((2019, 9)));
        assert_eq!(parse_month(" 12/2024 "), Some((2024, 12)));
        for bad in [
            "9/2019", "13/2019", "00/2019", "09-2019", "09/19", "ab/cdef", "",
        ] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
        let mut cv = example().cv;
        cv.school[0].from = "13/2013".into();
        cv.school[1].to = "07/2020".into(); // before its start 08/2023
        cv.work[0].to = String::new(); // still going on: fine
        let issues = validate_cv(&cv);
        let k = keys(&issues);
        assert_eq!(
            k,
            vec![
                ("school.0.from", "doc-err-month"),
                ("school.1.to", "doc-err-order")
            ]
        );
    }

    #[test]
    fn days_phone_email_and_levels() {
        assert!(parse_day("29.02.2024").is_some());
        assert!(parse_day("29.02.2023").is_none());
        assert!(parse_day("31.04.2024").is_none());
        assert!(parse_day("1.4.2024").is_none());
        for ok in [
            "0176 1234567",
            "+49 30 123456",
            "030/123 45-67",
            "+49 (0)176 1234567",
        ] {
            assert!(phone_plausible(ok), "{ok}");
        }
        for bad in [
            "12345",
            "176 1234567",
            "0176 abc 123",
            "0176+123456",
            "0123456789012345678",
        ] {
            assert!(!phone_plausible(bad), "{bad}");
        }
        assert!(email_plausible("a.b@c.de"));
        for bad in ["a.b.de", "@c.de", "a@b", "a@@b.de", "a b@c.de", "a@b."] {
            assert!(!email_plausible(bad), "{bad}");
        }
        let mut cv = example().cv;
        cv.languages[1].level = "B3".into();
        cv.personal.phone = "12".into();
        cv.personal.email = "nope".into();
        cv.personal.birth_date = "30.02.2006".into();
        let issues = validate_cv(&cv);
        let k = keys(&issues);
        assert_eq!(
            k,
            vec![
                ("phone", "doc-err-phone"),
                ("email", "doc-err-email"),
                ("birth_date", "doc-err-day"),
                ("languages.1.level", "doc-err-level"),
            ]
        );
    }

    #[test]
    fn plain_text_keeps_names_and_umlauts() {
        let drafts = example();
        let cv = drafts.cv.to_text();
        assert!(cv.contains("Ayşe Yılmaz"));
        assert!(cv.contains("Schulbildung"));
        assert!(cv.contains("Deutsch: B2 (GER)"));
        let letter = drafts.letter.to_text(&drafts.cv.personal);
        assert!(letter.contains("Sehr geehrte Frau Schmidt,"));
        assert!(letter.contains("Lindenstraße 12"));
    }
}
