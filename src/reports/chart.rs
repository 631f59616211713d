//! Renders a `Chart` as a PNG: horizontal bars with their values, optionally beside reference
//! values, at a fixed size that reads well in Element. Drawn by plotters into a pixel buffer
//! with the embedded DejaVu Sans (font/LICENSE), so no system font is needed; encoded by png.

use crate::bot::i18n::Lang;
use crate::bot::report::{Chart, Unit, format_count, format_percent};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::Once;

/// Width and height of every chart, in pixels (16:9; Element shows it without cropping).
pub const SIZE: (u32, u32) = (960, 540);

const FONT: &str = "sans-serif";
const TEXT: RGBColor = RGBColor(0x1a, 0x20, 0x2c);
const MUTED: RGBColor = RGBColor(0x4a, 0x55, 0x68);
const GRID: RGBColor = RGBColor(0xe2, 0xe8, 0xf0);
const BAR: RGBColor = RGBColor(0x2b, 0x6c, 0xb0);
const REFERENCE: RGBColor = RGBColor(0xa0, 0xae, 0xc0);
/// A label longer than this is shortened with "…".
const MAX_LABEL_CHARS: usize = 30;

fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are a valid TrueType font, embedded at build time.
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, include_bytes!("font/DejaVuSans.ttf"));
    });
}

/// The chart as PNG bytes.
pub fn render(chart: &Chart, lang: Lang) -> anyhow::Result<Vec<u8>> {
    register_font();
    let (width, height) = SIZE;
    let mut pixels = vec![0u8; (width * height * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, SIZE).into_drawing_area();
        draw(&root, chart, lang)?;
        root.present()
            .map_err(|e| anyhow::anyhow!("cannot draw the chart: {e}"))?;
    }
    let mut png_bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png_bytes, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
    }
    Ok(png_bytes)
}

type Area<'a> = DrawingArea<BitMapBackend<'a>, plotters::coord::Shift>;

fn draw(root: &Area<'_>, chart: &Chart, lang: Lang) -> anyhow::Result<()> {
    let (width, height) = (SIZE.0 as i32, SIZE.1 as i32);
    root.fill(&WHITE)?;
    let title = TextStyle::from((FONT, 28).into_font()).color(&TEXT);
    root.draw_text(&chart.title, &title, (32, 22))?;

    let mut top = 72;
    if let Some((bars, reference)) = &chart.legend {
        let legend = TextStyle::from((FONT, 17).into_font()).color(&MUTED);
        let mut x = 32;
        for (color, label) in [(BAR, bars), (REFERENCE, reference)] {
            root.draw(&Rectangle::new([(x, top + 3), (x + 16, top + 19)], color.filled()))?;
            root.draw_text(label, &legend, (x + 24, top + 1))?;
            x += 24 + root.estimate_text_size(label, &legend)?.0 as i32 + 32;
        }
        top += 36;
    }

    let label_style = TextStyle::from((FONT, 18).into_font())
        .color(&TEXT)
        .pos(Pos::new(HPos::Right, VPos::Center));
    let value_style = TextStyle::from((FONT, 16).into_font())
        .color(&TEXT)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let tick_style = TextStyle::from((FONT, 15).into_font())
        .color(&MUTED)
        .pos(Pos::new(HPos::Center, VPos::Top));

    let labels: Vec<String> = chart.bars.iter().map(|b| shortened(&b.label)).collect();
    let widest = labels
        .iter()
        .map(|l| root.estimate_text_size(l, &label_style).map(|(w, _)| w as i32))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .max()
        .unwrap_or(0);
    let left = (widest + 48).clamp(120, width * 2 / 5);
    let right = width - 110;
    let bottom = height - 48;

    let max_value = chart
        .bars
        .iter()
        .flat_map(|b| std::iter::once(b.value).chain(b.reference))
        .fold(0.0_f64, f64::max);
    let (axis_max, step) = axis(chart.unit, max_value);
    let x_of = |value: f64| left + ((value / axis_max) * f64::from(right - left)).round() as i32;

    let mut tick = 0.0;
    while tick <= axis_max + step / 2.0 {
        let x = x_of(tick);
        root.draw(&PathElement::new(vec![(x, top), (x, bottom)], GRID.stroke_width(1)))?;
        root.draw_text(&value_text(chart.unit, tick, lang), &tick_style, (x, bottom + 8))?;
        tick += step;
    }

    let slots = chart.bars.len().max(1) as i32;
    let slot = (bottom - top) / slots;
    let with_reference = chart.bars.iter().any(|b| b.reference.is_some());
    let thickness = if with_reference {
        (slot * 3 / 10).clamp(4, 26)
    } else {
        (slot * 6 / 10).clamp(6, 44)
    };
    for (i, (bar, label)) in chart.bars.iter().zip(&labels).enumerate() {
        let middle = top + slot * i as i32 + slot / 2;
        root.draw_text(label, &label_style, (left - 14, middle))?;
        let rows: Vec<(f64, RGBColor, i32)> = match bar.reference {
            Some(reference) if with_reference => vec![
                (bar.value, BAR, middle - thickness - 1),
                (reference, REFERENCE, middle + 1),
            ],
            _ if with_reference => vec![(bar.value, BAR, middle - thickness - 1)],
            _ => vec![(bar.value, BAR, middle - thickness / 2)],
        };
        for (value, color, y) in rows {
            let end = x_of(value).max(left + 2);
            root.draw(&Rectangle::new([(left, y), (end, y + thickness)], color.filled()))?;
            root.draw_text(
                &value_text(chart.unit, value, lang),
                &value_style,
                (end + 8, y + thickness / 2),
            )?;
        }
    }
    root.draw(&PathElement::new(
        vec![(left, top), (left, bottom)],
        MUTED.stroke_width(1),
    ))?;
    Ok(())
}

/// The end of the value axis and the distance between its ticks.
fn axis(unit: Unit, max_value: f64) -> (f64, f64) {
    match unit {
        Unit::Percent => (100.0, 25.0),
        Unit::Count => {
            let max_value = max_value.max(1.0);
            let raw_step = max_value / 4.0;
            let magnitude = 10f64.powf(raw_step.log10().floor());
            let step = [1.0, 2.0, 2.5, 5.0, 10.0]
                .into_iter()
                .map(|m| m * magnitude)
                .find(|s| *s >= raw_step)
                .unwrap_or(magnitude * 10.0)
                .max(1.0)
                .round();
            ((max_value / step).ceil() * step, step)
        }
    }
}

fn value_text(unit: Unit, value: f64, lang: Lang) -> String {
    match unit {
        Unit::Count => format_count(lang, value.round() as i64),
        Unit::Percent => format_percent(lang, value),
    }
}

fn shortened(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_string();
    }
    let mut short: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_axes_end_on_a_round_number_above_the_largest_bar() {
        assert_eq!(axis(Unit::Count, 0.0), (1.0, 1.0));
        assert_eq!(axis(Unit::Count, 7.0), (8.0, 2.0));
        assert_eq!(axis(Unit::Count, 45.0), (60.0, 20.0));
        assert_eq!(axis(Unit::Count, 1234.0), (1500.0, 500.0));
        assert_eq!(axis(Unit::Percent, 12.0), (100.0, 25.0));
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shortened("Bürgerservice"), "Bürgerservice");
        let long = "Amt für Umwelt, Klimaschutz und Stadtentwicklung";
        assert_eq!(shortened(long).chars().count(), MAX_LABEL_CHARS);
        assert!(shortened(long).ends_with('…'));
    }
}
