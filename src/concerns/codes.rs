//! Codes for anonymous concerns: random, unguessable, without look-alike characters; and the
//! creation time of an anonymous concern, kept only to the day.

use rand::Rng;

/// No 0/O, 1/I: nothing that reads like something else.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// 32^10 = 2^50 possible codes.
pub const CODE_CHARS: usize = 10;

/// A fresh code from the thread-local CSPRNG (ChaCha, seeded and reseeded from the OS).
pub fn generate() -> String {
    let mut rng = rand::rng();
    (0..CODE_CHARS)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// The code as shown to people: two groups of five, `K7QXM-2PA9R`.
pub fn display(code: &str) -> String {
    if code.len() == CODE_CHARS && code.is_ascii() {
        format!("{}-{}", &code[..CODE_CHARS / 2], &code[CODE_CHARS / 2..])
    } else {
        code.to_string()
    }
}

/// The code as typed, in the stored form: upper case, without spaces and dashes.
pub fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–' | '—' | '_' | '#'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// True if `code` could be one of ours (right length, right alphabet).
pub fn well_formed(code: &str) -> bool {
    code.len() == CODE_CHARS && code.bytes().all(|b| ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_long_random_and_readable() {
        let a = generate();
        let b = generate();
        assert_ne!(a, b);
        assert!(well_formed(&a), "{a}");
        assert_eq!(normalise(&display(&a).to_lowercase()), a);
        assert_eq!(normalise(" k7qxm – 2pa9r "), "K7QXM2PA9R");
        assert!(!well_formed("K7QXM2PA9O"));
    }
}
