/**
 * The bundled records, one file per country under data/sanctions/ (a test checks that every file
 * there is listed here).
 */
import at from '../../data/sanctions/at.json';
import be from '../../data/sanctions/be.json';
import bg from '../../data/sanctions/bg.json';
import cy from '../../data/sanctions/cy.json';
import cz from '../../data/sanctions/cz.json';
import de from '../../data/sanctions/de.json';
import dk from '../../data/sanctions/dk.json';
import es from '../../data/sanctions/es.json';
import eu from '../../data/sanctions/eu.json';
import fi from '../../data/sanctions/fi.json';
import fr from '../../data/sanctions/fr.json';
import gb from '../../data/sanctions/gb.json';
import gr from '../../data/sanctions/gr.json';
import hr from '../../data/sanctions/hr.json';
import hu from '../../data/sanctions/hu.json';
import ie from '../../data/sanctions/ie.json';
import is from '../../data/sanctions/is.json';
import it from '../../data/sanctions/it.json';
import lt from '../../data/sanctions/lt.json';
import lu from '../../data/sanctions/lu.json';
import nl from '../../data/sanctions/nl.json';
import no from '../../data/sanctions/no.json';
import pl from '../../data/sanctions/pl.json';
import ro from '../../data/sanctions/ro.json';
import se from '../../data/sanctions/se.json';
import us from '../../data/sanctions/us.json';

/** The file names, for the completeness test. */
export const BUNDLED_FILES: readonly string[] = [
  'at',
  'be',
  'bg',
  'cy',
  'cz',
  'de',
  'dk',
  'es',
  'eu',
  'fi',
  'fr',
  'gb',
  'gr',
  'hr',
  'hu',
  'ie',
  'is',
  'it',
  'lt',
  'lu',
  'nl',
  'no',
  'pl',
  'ro',
  'se',
  'us',
];

/** Every bundled record, in file order. */
export const BUNDLED_RECORDS: readonly unknown[] = [
  ...at,
  ...be,
  ...bg,
  ...cy,
  ...cz,
  ...de,
  ...dk,
  ...es,
  ...eu,
  ...fi,
  ...fr,
  ...gb,
  ...gr,
  ...hr,
  ...hu,
  ...ie,
  ...is,
  ...it,
  ...lt,
  ...lu,
  ...nl,
  ...no,
  ...pl,
  ...ro,
  ...se,
  ...us,
];
