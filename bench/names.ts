/**
 * The words the generated shop is made of: what each craft makes (Hindi, English, and how the
 * counter types the Hindi in Latin letters), sizes and colours, artisans' names and villages.
 * RARE items appear in about one product in a thousand, so a search has rare terms to find.
 */
export type Word = readonly [hi: string, en: string, latin: string];

export const CRAFT_ITEMS: Record<string, readonly Word[]> = {
  PARA: [['गणेश चित्र', 'Ganesha panel', 'ganesh chitra'], ['राधा कृष्ण चित्र', 'Radha Krishna panel', 'radha krishna'], ['दीवार पट्टिका', 'wall plaque', 'deewar pattika'], ['फोटो फ्रेम', 'photo frame', 'photo frame']],
  JUTE: [['थैला', 'bag', 'thaila'], ['पायदान', 'doormat', 'paydan'], ['टोकरी', 'basket', 'tokri'], ['फ़ाइल फ़ोल्डर', 'file folder', 'file folder'], ['बटुआ', 'purse', 'batua']],
  DHOKRA: [['हाथी', 'elephant', 'hathi'], ['घोड़ा', 'horse', 'ghoda'], ['नंदी', 'Nandi', 'nandi'], ['मोर', 'peacock', 'mor'], ['दीया', 'lamp', 'diya'], ['मछली', 'fish', 'machhli'], ['आदिवासी जोड़ा', 'tribal couple', 'adivasi joda']],
  BELLMETAL: [['दीया', 'lamp', 'diya'], ['घंटी', 'bell', 'ghanti'], ['कटोरी', 'bowl', 'katori'], ['लोटा', 'water pot', 'lota'], ['थाली', 'plate', 'thali']],
  KOSA: [['साड़ी', 'saree', 'sari'], ['दुपट्टा', 'stole', 'dupatta'], ['कुर्ता कपड़ा', 'kurta fabric', 'kurta kapda'], ['शॉल', 'shawl', 'shawl']],
  MATPARAI: [['दीवार सजावट', 'wall plate', 'deewar sajawat'], ['मुखौटा', 'mask', 'mukhauta'], ['गमला', 'planter', 'gamla']],
  GODNA: [['कुर्ता कपड़ा', 'kurta fabric', 'kurta kapda'], ['साड़ी', 'saree', 'sari'], ['कुशन कवर', 'cushion cover', 'cushion cover'], ['दुपट्टा', 'stole', 'dupatta']],
  DHAN: [['बैज', 'badge', 'badge'], ['राखी', 'rakhi', 'rakhi'], ['झुमका', 'earrings', 'jhumka'], ['चाबी छल्ला', 'key ring', 'chabi chhalla']],
  BAANS: [['टोकरी', 'basket', 'tokri'], ['सूपा', 'winnowing fan', 'supa'], ['लैंप', 'lamp shade', 'lamp'], ['कलमदान', 'pen stand', 'kalamdan']],
  JEWELLERY: [['सुता', 'necklace', 'suta'], ['करधन', 'waist chain', 'kardhan'], ['पैरी', 'anklet', 'pairi'], ['ऐंठी', 'bangle', 'ainthi'], ['बिछिया', 'toe ring', 'bichhiya']],
  BASTAR: [['लौह दीपक', 'wrought-iron lamp', 'lauh deepak'], ['लौह हिरण', 'iron deer', 'lauh hiran'], ['काष्ठ मूर्ति', 'wooden figure', 'kashth murti']],
  COSTUME: [['वेशभूषा (महिला)', 'costume (women)', 'veshbhusha mahila'], ['वेशभूषा (पुरुष)', 'costume (men)', 'veshbhusha purush'], ['पगड़ी', 'turban', 'pagdi']],
  WEDDING: [['मौर', 'wedding crown', 'maur'], ['पर्रा', 'bamboo tray', 'parra'], ['बिंझना', 'hand fan', 'binjhna'], ['कलशा', 'pot', 'kalsha'], ['मड़वा सजावट', 'canopy decoration', 'madwa'], ['सजावटी टीपा', 'decorative tipa', 'tipa']],
};

/** One product in about a thousand is one of these. */
export const RARE_ITEMS: readonly Word[] = [['नगाड़ा', 'kettle drum', 'nagada'], ['कछुआ', 'tortoise', 'kachhua'], ['तुरही', 'trumpet', 'turhi']];

export const SIZES: readonly Word[] = [['छोटा', 'small', 'chhota'], ['मध्यम', 'medium', 'madhyam'], ['बड़ा', 'large', 'bada']];
export const COLOURS: readonly Word[] = [['लाल', 'red', 'lal'], ['पीला', 'yellow', 'peela'], ['हरा', 'green', 'hara'], ['नीला', 'blue', 'neela'], ['काला', 'black', 'kala'], ['सफ़ेद', 'white', 'safed'], ['केसरिया', 'saffron', 'kesariya'], ['मैरून', 'maroon', 'maroon']];

/** Crafts that are hired out (rentables) rather than sold. */
export const RENT_CRAFTS = new Set(['COSTUME', 'WEDDING']);
/** Crafts with GST at 5% or 12% (the rest are handicrafts at 0% for the bench's purpose). */
export const GST_BPS: Record<string, number> = { KOSA: 500, GODNA: 500, JUTE: 1200, BELLMETAL: 1200, DHOKRA: 1200, JEWELLERY: 300 };
export const HSN: Record<string, string> = { PARA: '4602', JUTE: '4202', DHOKRA: '8306', BELLMETAL: '8306', KOSA: '5007', MATPARAI: '6913', GODNA: '5208', DHAN: '4602', BAANS: '4602', JEWELLERY: '7117', BASTAR: '7326', COSTUME: '6211', WEDDING: '4602' };
/** Typical price band in rupees per craft. */
export const PRICE: Record<string, [number, number]> = {
  PARA: [300, 2500], JUTE: [100, 900], DHOKRA: [600, 9000], BELLMETAL: [400, 5000], KOSA: [1500, 25000], MATPARAI: [150, 1500],
  GODNA: [400, 4000], DHAN: [30, 400], BAANS: [100, 1200], JEWELLERY: [500, 8000], BASTAR: [500, 6000], COSTUME: [300, 1500], WEDDING: [50, 1500],
};

export const FIRST_NAMES: readonly Word[] = [
  ['सुनीता', 'Sunita', ''], ['गीता', 'Geeta', ''], ['कमला', 'Kamla', ''], ['रेखा', 'Rekha', ''], ['सरिता', 'Sarita', ''], ['लक्ष्मी', 'Laxmi', ''],
  ['पार्वती', 'Parvati', ''], ['सावित्री', 'Savitri', ''], ['अनीता', 'Anita', ''], ['ममता', 'Mamta', ''], ['दुर्गा', 'Durga', ''], ['फूलबाई', 'Phoolbai', ''],
  ['सुखमती', 'Sukhmati', ''], ['रामबती', 'Rambati', ''], ['उर्मिला', 'Urmila', ''], ['हेमलता', 'Hemlata', ''], ['तीजन', 'Teejan', ''], ['चंपा', 'Champa', ''],
];
export const SURNAMES: readonly Word[] = [
  ['साहू', 'Sahu', ''], ['यादव', 'Yadav', ''], ['निषाद', 'Nishad', ''], ['वर्मा', 'Verma', ''], ['मरकाम', 'Markam', ''], ['नेताम', 'Netam', ''],
  ['ध्रुव', 'Dhruw', ''], ['बघेल', 'Baghel', ''], ['देवांगन', 'Dewangan', ''], ['सोनवानी', 'Sonwani', ''], ['कश्यप', 'Kashyap', ''],
];
export const VILLAGES = ['बोरसी, दुर्ग', 'पुलगांव, दुर्ग', 'कोंडागांव', 'चांपा', 'एकताल, रायगढ़', 'भिलाई', 'जगदलपुर', 'नारायणपुर', 'धमतरी', 'राजनांदगांव'];
