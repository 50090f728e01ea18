//! The texts of the methodology pages (`methodology/<lang>.html`), which are built natively at
//! build time: they are never in the wasm nor in the language packs. Every match is
//! exhaustive, so a missing translation fails the build.

use super::Lang;

/// A fixed piece of text of the methodology pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageText {
    FormulaMonth,
    FormulaRamp,
    FormulaHours,
    FormulaSolve,
    FormulaWeights,
    FormulaMw,
    FormulaCompute,
    FormulaPower,
    FormulaSpend,
    FormulaRanges,
    FormulaSensitivity,
    CatalogueHeading,
    CatalogueIntro,
    ColumnGpu,
    ColumnHbm,
    ColumnPower,
    ColumnWeight,
    ColumnSources,
    YardsticksHeading,
    ConflictsHeading,
    ConflictsIntro,
    FigureFp4,
    FigureFp8,
    FigureBf16,
    FigurePower,
}

impl PageText {
    /// The formulas, in the order the page lists them: the first eleven texts.
    pub const FORMULAS: &'static [PageText] = Self::ALL.split_at(11).0;

    /// Every text, in declaration order.
    pub const ALL: &'static [PageText] = &[
        PageText::FormulaMonth,
        PageText::FormulaRamp,
        PageText::FormulaHours,
        PageText::FormulaSolve,
        PageText::FormulaWeights,
        PageText::FormulaMw,
        PageText::FormulaCompute,
        PageText::FormulaPower,
        PageText::FormulaSpend,
        PageText::FormulaRanges,
        PageText::FormulaSensitivity,
        PageText::CatalogueHeading,
        PageText::CatalogueIntro,
        PageText::ColumnGpu,
        PageText::ColumnHbm,
        PageText::ColumnPower,
        PageText::ColumnWeight,
        PageText::ColumnSources,
        PageText::YardsticksHeading,
        PageText::ConflictsHeading,
        PageText::ConflictsIntro,
        PageText::FigureFp4,
        PageText::FigureFp8,
        PageText::FigureBf16,
        PageText::FigurePower,
    ];
}

/// `text` in `lang`.
pub fn text(lang: Lang, text: PageText) -> &'static str {
    match lang {
        Lang::En => en(text),
        Lang::El => el(text),
        Lang::Es => es(text),
    }
}

/// English.
fn en(text: PageText) -> &'static str {
    match text {
        PageText::FormulaMonth => "A month is 730.5 hours: 365.25 days × 24 h ÷ 12.",
        PageText::FormulaRamp => "Accelerators online in month k of a tranche of N accelerators with an R-month ramp: N × f((k + 1) ÷ R), where f(x) = x (linear), 3x² − 2x³ (S-curve) or 1 (all at once), capped at 1.",
        PageText::FormulaHours => "Accelerator-hours H = Σ over months and tranches of accelerators online × 730.5.",
        PageText::FormulaSolve => "Value V, blended price p and fleet are tied by V = p × H. Solving for price: p = V ÷ H. For the fleet: every count is scaled by s = V ÷ (p × H). For the value: V = p × H.",
        PageText::FormulaWeights => "Price of kind k: p_k = p × w_k × H ÷ Σ_j (w_j × H_j), so that Σ p_k × H_k = p × H whatever the weights.",
        PageText::FormulaMw => "A fleet given in megawatts scales every count by one factor so that the peak of facility power equals it.",
        PageText::FormulaCompute => "Peak compute = Σ accelerators online × dense PFLOPS at the chosen precision. Useful compute = peak FLOP/s × 3,600 × hours × utilisation × MFU.",
        PageText::FormulaPower => "IT power = Σ accelerators online × all-in kW per accelerator; facility power = IT × PUE; energy = facility MW × 730.5 h per month (power as provisioned, an upper bound); electricity cost = energy × price.",
        PageText::FormulaSpend => "Billing is as delivered: spend in a month = Σ_k p_k × accelerator-hours of kind k that month; cumulative spend reaches V at the end of the term.",
        PageText::FormulaRanges => "Ranges: any input may be a range [low, high]; the page computes at its midpoint, and each output's bounds are its lowest and highest over every combination of the ranges' ends. The model is monotone in each input, so the bounds lie at those corners: each range's swing (its two ends, the rest central) points to them, and a search moves to any neighbouring corner that goes further, for inputs that interact. The charts' bands are the lowest and highest curves of the scenarios at those extremes.",
        PageText::FormulaSensitivity => "Sensitivity: each assumption moved across its own range (±20 % within its bounds when it has none), every other input at its midpoint; a bar's length is how far that moves the implied price, or the peak facility power. The longest bar matters most.",
        PageText::CatalogueHeading => "Accelerator catalogue",
        PageText::CatalogueIntro => "Dense throughput per accelerator (vendor headlines are often sparse, twice as large for FP8 and BF16), HBM, all-in IT power and price weight, each with its source.",
        PageText::ColumnGpu => "Accelerator",
        PageText::ColumnHbm => "HBM (GB)",
        PageText::ColumnPower => "IT power (kW)",
        PageText::ColumnWeight => "Price weight",
        PageText::ColumnSources => "Sources",
        PageText::YardsticksHeading => "Yardsticks",
        PageText::ConflictsHeading => "Where sources disagree",
        PageText::ConflictsIntro => "For each figure below the sources conflict; the catalogue uses the value picked, for the reason given.",
        PageText::FigureFp4 => "FP4 throughput",
        PageText::FigureFp8 => "FP8 throughput",
        PageText::FigureBf16 => "BF16 throughput",
        PageText::FigurePower => "All-in power",
    }
}

/// Greek.
fn el(text: PageText) -> &'static str {
    match text {
        PageText::FormulaMonth => "Ένας μήνας έχει 730,5 ώρες: 365,25 ημέρες × 24 ώρες ÷ 12.",
        PageText::FormulaRamp => "Επιταχυντές σε λειτουργία τον μήνα k μιας παρτίδας N επιταχυντών με κλιμάκωση R μηνών: N × f((k + 1) ÷ R), όπου f(x) = x (γραμμική), 3x² − 2x³ (καμπύλη S) ή 1 (όλοι μαζί), με ανώτατο όριο 1.",
        PageText::FormulaHours => "Ώρες επιταχυντών H = Σ σε όλους τους μήνες και τις παρτίδες των επιταχυντών σε λειτουργία × 730,5.",
        PageText::FormulaSolve => "Η αξία V, η μέση τιμή p και ο στόλος συνδέονται με V = p × H. Για την τιμή: p = V ÷ H. Για τον στόλο: κάθε αριθμός κλιμακώνεται κατά s = V ÷ (p × H). Για την αξία: V = p × H.",
        PageText::FormulaWeights => "Τιμή του τύπου k: p_k = p × w_k × H ÷ Σ_j (w_j × H_j), ώστε Σ p_k × H_k = p × H για οποιουσδήποτε συντελεστές.",
        PageText::FormulaMw => "Ένας στόλος που δίνεται σε μεγαβάτ κλιμακώνει κάθε αριθμό κατά τον ίδιο συντελεστή, ώστε η μέγιστη ισχύς εγκατάστασης να είναι ίση με αυτόν.",
        PageText::FormulaCompute => "Μέγιστη υπολογιστική ισχύς = Σ επιταχυντές σε λειτουργία × πυκνά PFLOPS στην επιλεγμένη ακρίβεια. Ωφέλιμοι υπολογισμοί = μέγιστα FLOP/s × 3.600 × ώρες × αξιοποίηση × MFU.",
        PageText::FormulaPower => "Ισχύς IT = Σ επιταχυντές σε λειτουργία × συνολικά kW ανά επιταχυντή· ισχύς εγκατάστασης = IT × PUE· ενέργεια = MW εγκατάστασης × 730,5 ώρες τον μήνα (η ισχύς όπως προβλέπεται, ανώτατο όριο)· κόστος ρεύματος = ενέργεια × τιμή.",
        PageText::FormulaSpend => "Η χρέωση γίνεται κατά την παράδοση: δαπάνη ενός μήνα = Σ_k p_k × ώρες επιταχυντών του τύπου k εκείνον τον μήνα· η σωρευτική δαπάνη φτάνει το V στο τέλος της σύμβασης.",
        PageText::FormulaRanges => "Εύρη: κάθε τιμή μπορεί να είναι εύρος [κάτω, άνω]· η σελίδα υπολογίζει στο μέσο του, και τα όρια κάθε αποτελέσματος είναι η μικρότερη και η μεγαλύτερη τιμή του σε κάθε συνδυασμό των άκρων. Το μοντέλο είναι μονότονο ως προς κάθε τιμή, άρα τα όρια βρίσκονται σε αυτές τις γωνίες: η διακύμανση κάθε εύρους (τα δύο άκρα του, τα υπόλοιπα στο κέντρο) δείχνει προς αυτές, και μια αναζήτηση περνά σε κάθε γειτονική γωνία που πάει πιο μακριά, για τιμές που αλληλεπιδρούν. Οι ζώνες των διαγραμμάτων είναι οι χαμηλότερες και οι υψηλότερες καμπύλες των σεναρίων σε αυτά τα άκρα.",
        PageText::FormulaSensitivity => "Ευαισθησία: κάθε παραδοχή μετακινείται σε όλο το εύρος της (±20 % εντός των ορίων της, αν δεν έχει), με κάθε άλλη τιμή στο μέσο της· το μήκος μιας μπάρας είναι πόσο μετακινεί την τεκμαρτή τιμή ή τη μέγιστη ισχύ εγκατάστασης. Η μακρύτερη μπάρα μετράει περισσότερο.",
        PageText::CatalogueHeading => "Κατάλογος επιταχυντών",
        PageText::CatalogueIntro => "Πυκνή απόδοση ανά επιταχυντή (οι επικεφαλίδες των κατασκευαστών είναι συχνά αραιές, διπλάσιες για FP8 και BF16), HBM, συνολική ισχύς IT και συντελεστής τιμής, το καθένα με την πηγή του.",
        PageText::ColumnGpu => "Επιταχυντής",
        PageText::ColumnHbm => "HBM (GB)",
        PageText::ColumnPower => "Ισχύς IT (kW)",
        PageText::ColumnWeight => "Συντελεστής τιμής",
        PageText::ColumnSources => "Πηγές",
        PageText::YardsticksHeading => "Μέτρα σύγκρισης",
        PageText::ConflictsHeading => "Πού διαφωνούν οι πηγές",
        PageText::ConflictsIntro => "Για κάθε μέγεθος παρακάτω οι πηγές διαφωνούν· ο κατάλογος χρησιμοποιεί την τιμή που επιλέχθηκε, για τον λόγο που αναφέρεται.",
        PageText::FigureFp4 => "Επιδόσεις FP4",
        PageText::FigureFp8 => "Επιδόσεις FP8",
        PageText::FigureBf16 => "Επιδόσεις BF16",
        PageText::FigurePower => "Συνολική ισχύς",
    }
}

/// Spanish.
fn es(text: PageText) -> &'static str {
    match text {
        PageText::FormulaMonth => "Un mes tiene 730,5 horas: 365,25 días × 24 h ÷ 12.",
        PageText::FormulaRamp => "Aceleradores en servicio en el mes k de un tramo de N aceleradores con una rampa de R meses: N × f((k + 1) ÷ R), donde f(x) = x (lineal), 3x² − 2x³ (curva en S) o 1 (todo a la vez), con un máximo de 1.",
        PageText::FormulaHours => "Horas de acelerador H = Σ en todos los meses y tramos de los aceleradores en servicio × 730,5.",
        PageText::FormulaSolve => "El valor V, el precio medio p y la flota se relacionan por V = p × H. Para el precio: p = V ÷ H. Para la flota: cada cifra se escala por s = V ÷ (p × H). Para el valor: V = p × H.",
        PageText::FormulaWeights => "Precio del tipo k: p_k = p × w_k × H ÷ Σ_j (w_j × H_j), de modo que Σ p_k × H_k = p × H sean cuales sean los pesos.",
        PageText::FormulaMw => "Una flota dada en megavatios escala todas las cifras por un mismo factor para que la potencia máxima de la instalación sea igual a ella.",
        PageText::FormulaCompute => "Cómputo máximo = Σ aceleradores en servicio × PFLOPS densos a la precisión elegida. Cómputo útil = FLOP/s máximos × 3.600 × horas × utilización × MFU.",
        PageText::FormulaPower => "Potencia de TI = Σ aceleradores en servicio × kW totales por acelerador; potencia de la instalación = TI × PUE; energía = MW de la instalación × 730,5 h al mes (la potencia prevista, un máximo); coste de la electricidad = energía × precio.",
        PageText::FormulaSpend => "Se factura lo entregado: gasto de un mes = Σ_k p_k × horas de acelerador del tipo k ese mes; el gasto acumulado alcanza V al final del contrato.",
        PageText::FormulaRanges => "Rangos: cualquier dato puede ser un rango [bajo, alto]; la página calcula en su punto medio, y los límites de cada resultado son su mínimo y su máximo en todas las combinaciones de los extremos. El modelo es monótono en cada dato, así que los límites están en esas esquinas: la oscilación de cada rango (sus dos extremos, el resto en el centro) apunta a ellas, y una búsqueda pasa a cualquier esquina vecina que llegue más lejos, para datos que interactúan. Las bandas de los gráficos son las curvas más bajas y más altas de los escenarios en esos extremos.",
        PageText::FormulaSensitivity => "Sensibilidad: cada supuesto se mueve por su propio rango (±20 % dentro de sus límites si no lo tiene), con los demás datos en su punto medio; la longitud de una barra es cuánto mueve eso el precio implícito o la potencia máxima de la instalación. La barra más larga es la que más pesa.",
        PageText::CatalogueHeading => "Catálogo de aceleradores",
        PageText::CatalogueIntro => "Rendimiento denso por acelerador (las cifras de los fabricantes suelen ser dispersas, el doble en FP8 y BF16), HBM, potencia total de TI y peso de precio, cada dato con su fuente.",
        PageText::ColumnGpu => "Acelerador",
        PageText::ColumnHbm => "HBM (GB)",
        PageText::ColumnPower => "Potencia de TI (kW)",
        PageText::ColumnWeight => "Peso de precio",
        PageText::ColumnSources => "Fuentes",
        PageText::YardsticksHeading => "Referencias de escala",
        PageText::ConflictsHeading => "Dónde discrepan las fuentes",
        PageText::ConflictsIntro => "En cada cifra de abajo las fuentes discrepan; el catálogo usa el valor elegido, por la razón indicada.",
        PageText::FigureFp4 => "Rendimiento FP4",
        PageText::FigureFp8 => "Rendimiento FP8",
        PageText::FigureBf16 => "Rendimiento BF16",
        PageText::FigurePower => "Potencia total",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` placeholders of `text`, in order.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}'))
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn the_formulas_are_the_formula_texts() {
        let formulas = PageText::ALL
            .iter()
            .filter(|text| format!("{text:?}").starts_with("Formula"));
        assert!(formulas.eq(PageText::FORMULAS.iter()));
    }

    #[test]
    fn every_translation_is_there_and_keeps_its_placeholders() {
        for &key in PageText::ALL {
            let english = text(Lang::En, key);
            for lang in [Lang::El, Lang::Es] {
                assert!(!text(lang, key).is_empty(), "{key:?} in {lang:?}");
                assert_eq!(
                    placeholders(text(lang, key)),
                    placeholders(english),
                    "{key:?} in {lang:?}"
                );
            }
        }
    }
}
