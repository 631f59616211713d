//! Fuzzes the command parser and the record reference reader: any bytes, any addressing, no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lotse::bot::parser::{Addressing, Parsed, parse, record_ref};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let body = String::from_utf8_lossy(rest);
    let names = vec!["Lotse".to_string(), "@lotse:example.org".to_string(), "lotse".to_string()];
    let addressing = Addressing {
        is_direct: flags & 1 == 1,
        mentions_bot: flags & 2 == 2,
        names: &names,
    };
    if let Parsed::Command { args, .. } = parse(&body, addressing) {
        let _ = record_ref(&args);
    }
    let _ = record_ref(&body);
});
