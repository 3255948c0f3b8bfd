// Vocabularies of the legacy generator: Egyptian names, the compounds SaleMate sells leads
// for, and the brokerages it works with. Latin and Arabic name lists are parallel (same
// index, same person) so that an Arabic-script name still gets a Latin e-mail address.

export const FIRST_NAMES_EN = [
  "Ahmed", "Mohamed", "Mahmoud", "Omar", "Youssef", "Mostafa", "Karim", "Khaled", "Tarek", "Amr",
  "Hassan", "Hussein", "Ali", "Ibrahim", "Sherif", "Hany", "Islam", "Ayman", "Walid", "Sameh",
  "Nour El-Din", "Abdelrahman", "Mina", "Bishoy", "Mariam", "Nour", "Salma", "Yasmin", "Aya", "Hoda",
  "Mona", "Dina", "Rania", "Heba", "Nada", "Reem", "Sara", "Farida", "Habiba", "Marina", "Shaimaa", "Eman",
] as const;
export const FIRST_NAMES_AR = [
  "أحمد", "محمد", "محمود", "عمر", "يوسف", "مصطفى", "كريم", "خالد", "طارق", "عمرو",
  "حسن", "حسين", "علي", "إبراهيم", "شريف", "هاني", "إسلام", "أيمن", "وليد", "سامح",
  "نور الدين", "عبد الرحمن", "مينا", "بيشوي", "مريم", "نور", "سلمى", "ياسمين", "آية", "هدى",
  "منى", "دينا", "رانيا", "هبة", "ندى", "ريم", "سارة", "فريدة", "حبيبة", "مارينا", "شيماء", "إيمان",
] as const;
export const LAST_NAMES_EN = [
  "Hassan", "Ali", "Mohamed", "Ibrahim", "Mahmoud", "Fawzy", "El-Sayed", "Abdelaziz", "Mansour", "Farouk",
  "Naguib", "Samir", "Adel", "Khalil", "Gamal", "Saleh", "Zaki", "Shawky", "Hamdy", "Ezzat",
  "Ramadan", "Soliman", "Youssef", "Tawfik", "Habib", "Ghaly", "Kamel", "Shehata", "El-Masry", "Abdallah",
] as const;
export const LAST_NAMES_AR = [
  "حسن", "علي", "محمد", "إبراهيم", "محمود", "فوزي", "السيد", "عبد العزيز", "منصور", "فاروق",
  "نجيب", "سمير", "عادل", "خليل", "جمال", "صالح", "زكي", "شوقي", "حمدي", "عزت",
  "رمضان", "سليمان", "يوسف", "توفيق", "حبيب", "غالي", "كامل", "شحاتة", "المصري", "عبد الله",
] as const;

export const MOBILE_PREFIXES = ["10", "11", "12", "15"];

export interface LegacyProject {
  name: string;
  developer: string;
  region: string;
  code: string;
  pricePerLead: number;
  /** EGP per square metre, for inventory prices and lead budgets. */
  pricePerMeter: number;
}

export const PROJECTS: readonly LegacyProject[] = [
  { name: "Mivida", developer: "Emaar Misr", region: "New Cairo", code: "MVD", pricePerLead: 450, pricePerMeter: 85_000 },
  { name: "Uptown Cairo", developer: "Emaar Misr", region: "Mokattam", code: "UPC", pricePerLead: 420, pricePerMeter: 80_000 },
  { name: "Marassi", developer: "Emaar Misr", region: "North Coast", code: "MRS", pricePerLead: 600, pricePerMeter: 150_000 },
  { name: "Palm Hills New Cairo", developer: "Palm Hills", region: "New Cairo", code: "PHNC", pricePerLead: 400, pricePerMeter: 75_000 },
  { name: "Badya", developer: "Palm Hills", region: "6th of October", code: "BDY", pricePerLead: 300, pricePerMeter: 48_000 },
  { name: "Hacienda Bay", developer: "Palm Hills", region: "North Coast", code: "HCB", pricePerLead: 550, pricePerMeter: 140_000 },
  { name: "SODIC East", developer: "SODIC", region: "New Heliopolis", code: "SDE", pricePerLead: 350, pricePerMeter: 60_000 },
  { name: "Villette", developer: "SODIC", region: "New Cairo", code: "VLT", pricePerLead: 420, pricePerMeter: 82_000 },
  { name: "The Estates", developer: "SODIC", region: "Sheikh Zayed", code: "EST", pricePerLead: 400, pricePerMeter: 78_000 },
  { name: "Mountain View iCity", developer: "Mountain View", region: "New Cairo", code: "MVIC", pricePerLead: 380, pricePerMeter: 70_000 },
  { name: "Mountain View Ras El Hekma", developer: "Mountain View", region: "North Coast", code: "MVRH", pricePerLead: 520, pricePerMeter: 130_000 },
  { name: "ZED East", developer: "Ora Developers", region: "New Cairo", code: "ZDE", pricePerLead: 450, pricePerMeter: 90_000 },
  { name: "ZED West", developer: "Ora Developers", region: "Sheikh Zayed", code: "ZDW", pricePerLead: 430, pricePerMeter: 85_000 },
  { name: "Silversands", developer: "Ora Developers", region: "North Coast", code: "SLV", pricePerLead: 580, pricePerMeter: 160_000 },
  { name: "Bloomfields", developer: "Tatweer Misr", region: "Mostakbal City", code: "BLM", pricePerLead: 280, pricePerMeter: 45_000 },
  { name: "Il Monte Galala", developer: "Tatweer Misr", region: "Ain Sokhna", code: "IMG", pricePerLead: 350, pricePerMeter: 65_000 },
  { name: "Fouka Bay", developer: "Tatweer Misr", region: "North Coast", code: "FKB", pricePerLead: 500, pricePerMeter: 120_000 },
  { name: "Il Bosco City", developer: "Misr Italia", region: "New Capital", code: "IBC", pricePerLead: 250, pricePerMeter: 42_000 },
  { name: "Capital Gardens", developer: "Palm Hills", region: "New Capital", code: "CPG", pricePerLead: 260, pricePerMeter: 40_000 },
  { name: "Azha Ain Sokhna", developer: "Madaar", region: "Ain Sokhna", code: "AZH", pricePerLead: 320, pricePerMeter: 60_000 },
];

export const PARTNERS: ReadonlyArray<{ name: string; website: string | null; commission: number; status: string | null }> = [
  { name: "Nawy", website: "https://www.nawy.com", commission: 2.5, status: "active" },
  { name: "Coldwell Banker Egypt", website: "https://www.coldwellbanker-eg.com", commission: 3, status: "active" },
  { name: "RE/MAX Egypt", website: "https://www.remax.com.eg", commission: 2.75, status: "active" },
  { name: "The Address Investments", website: null, commission: 2, status: "active" },
  { name: "Red Brick Real Estate", website: "https://redbrick.eg", commission: 0.025, status: "active" },
  { name: "Bold Routes", website: "https://boldroutes.com", commission: 3.5, status: "inactive" },
  { name: "Aqarmap Partners", website: "https://aqarmap.com.eg", commission: 1.5, status: "pending" },
  { name: "Property Finder EG", website: "https://www.propertyfinder.eg", commission: 0.02, status: null },
  { name: "Landmark Realty", website: null, commission: 2.25, status: "active" },
  { name: "Cairo Homes Brokerage", website: "https://cairohomes.eg", commission: 4, status: "active" },
];

export const PROPERTY_TYPES = ["Apartment", "Apartment", "Apartment", "Villa", "Townhouse", "Twin House", "Duplex", "Penthouse", "Chalet", "Studio"];
export const FINISHING = ["Fully Finished", "Semi Finished", "Core & Shell", "Fully Finished with ACs"];
export const JOB_TITLES = ["Engineer", "Doctor", "Accountant", "Business Owner", "Pharmacist", "Lawyer", "Sales Manager", "Teacher", "Pilot", "Software Developer", "محاسب", "مهندس", "طبيب"];
export const COMPANIES = ["Vodafone Egypt", "CIB", "Banque Misr", "Orange Egypt", "Etisalat by e&", "Saudi German Hospital", "EFG Hermes", "Fawry", "Valeo", "Ministry of Health", "Freelancer"];

export const LEAD_FEEDBACK = [
  "Interested in 3 bedrooms, wants installments over 8 years",
  "Asked for brochure and payment plan",
  "Not answering, try again after 6pm",
  "Budget is lower than project prices",
  "Wants a chalet with sea view",
  "Meeting scheduled at the sales center",
  "العميل مهتم بشقة ٣ غرف ويريد تقسيط",
  "لا يرد على الهاتف",
  "طلب إرسال العرض على الواتساب",
  "العميل يبحث عن فيلا في الشيخ زايد",
  "Already bought from another broker",
  "Wrong number, belongs to someone else",
];

export const REMINDER_TEXTS = [
  "Call back about the payment plan",
  "Send the brochure on WhatsApp",
  "Follow up after the site visit",
  "Confirm the meeting time",
  "اتصل بالعميل بعد المغرب",
  "تابع مع العميل بخصوص المقدم",
];

export const TAGS = ["VIP", "Hot", "Investor", "Cash Buyer", "Follow up", "Installments", "Resale", "Expat", "Budget < 3M", "Sea View", "Ready to move", "عميل مهم", "مستثمر"];
export const TAG_COLORS = ["#3b82f6", "#ef4444", "#22c55e", "#f59e0b", "#8b5cf6", "#ec4899"];

export const SUPPORT_SUBJECTS = [
  "Wallet top-up not reflected",
  "Leads delivered with wrong phone numbers",
  "Refund request for duplicate leads",
  "Cannot log in with OTP",
  "Invoice needed for company",
  "Team member cannot see assigned leads",
  "لم يتم شحن المحفظة",
  "أرقام العملاء غير صحيحة",
  "Instapay transfer pending for 2 days",
  "Request to change account phone number",
];

export const SUPPORT_REPLIES = [
  "Thanks for reaching out, we are checking this with the finance team.",
  "Could you please share the transfer receipt?",
  "We have refunded the affected leads to your wallet.",
  "The issue has been fixed, please try again.",
  "شكراً لتواصلك، جاري مراجعة الطلب",
  "تم حل المشكلة، برجاء المحاولة مرة أخرى",
  "I sent the receipt yesterday, please check.",
  "Still not working on my side.",
];

export const INTERNAL_NOTES = [
  "Internal: customer already got a partial refund in March, do not refund twice.",
  "Internal: receipt looks edited, escalate to finance.",
  "Internal: duplicate of an earlier case, merge later.",
  "ملاحظة داخلية: العميل اشتكى أكثر من مرة",
];

export const POSTS = [
  "Closed 3 deals in Mivida this week, thanks team!",
  "Tip: call North Coast leads before 2pm, they answer more.",
  "New payment plans for ZED East are out, 5% down payment.",
  "مين عنده عملاء مهتمين بالعاصمة الإدارية؟",
  "Reminder: update lead stages before the end of the day.",
];

export const COMMENTS = ["Congrats!", "Great tip, thanks", "مبروك", "Can you share the brochure?", "Agreed", "Which phase?"];
