// Projects, partner brokerages and their commissions, and the denormalised
// "salemate-inventory" feed of units (numeric columns with zeros and nulls where the
// source sheet had text, and units listed twice).

import { FINISHING, PARTNERS, PROJECTS, PROPERTY_TYPES } from "./legacy-data.ts";
import { lit, textArray, uuidOf, type SeedStep } from "./legacy-sql.ts";
import { NPROJ, projectId, projectName, projectPpm, type World } from "./legacy-world.ts";

const values = (rows: string[][]) => rows.map((cols) => `(${cols.join(", ")})`).join(",\n          ");

export function inventorySteps(w: World): SeedStep[] {
  const r = w.rand;
  return [
    {
      table: "projects",
      sql: () => `
        insert into projects (available_leads, created_at, description, developer, id, name, price_per_lead, region, updated_at)
        values
          ${values(
            PROJECTS.map((p, i) => [
              i % 7 === 3 ? "null" : String(200 + ((i * 137) % 900)),
              `timestamptz '2023-11-${String(16 + (i % 10)).padStart(2, "0")} 10:00:00+00'`,
              i % 5 === 4 ? "null" : lit(`${p.name} by ${p.developer} in ${p.region}.`),
              lit(p.developer),
              projectId(String(i + 1)),
              lit(p.name),
              String(p.pricePerLead),
              lit(p.region),
              `timestamptz '2025-0${1 + (i % 9)}-15 10:00:00+00'`,
            ]),
          )}`,
    },
    {
      // commission_rate: mostly percent (2.5), two partners keep a fraction (0.025).
      table: "partners",
      sql: () => `
        insert into partners (commission_rate, created_at, description, id, logo_path, name, status, updated_at, website)
        values
          ${values(
            PARTNERS.map((p, i) => [
              String(p.commission),
              `timestamptz '2024-0${1 + (i % 9)}-01 12:00:00+00'`,
              i % 3 === 2 ? "null" : lit(`${p.name}, partner brokerage`),
              uuidOf("partners", String(i + 1)),
              i % 4 === 3 ? "null" : lit(`partners/${p.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.png`),
              lit(p.name),
              p.status === null ? "null" : `${lit(p.status)}::partner_status`,
              `timestamptz '2025-0${1 + (i % 9)}-20 12:00:00+00'`,
              p.website === null ? "null" : lit(p.website),
            ]),
          )}`,
    },
    {
      // Each project has one or two partners; some agreements have lapsed.
      table: "project_partner_commissions",
      rows: NPROJ + Math.floor(NPROJ / 2),
      sql: (lo, hi) => `
        insert into project_partner_commissions (id, project_id, partner_id, commission_rate, is_active, created_at, updated_at)
        select ${uuidOf("project_partner_commissions", "n")}, ${projectId(`((n - 1) % ${NPROJ}) + 1`)},
               ${uuidOf("partners", `((n * 3 + (n - 1) / ${NPROJ}) % ${PARTNERS.length}) + 1`)},
               ${r.int("n", "ppc.rate", 10, 45)} / 10.0, ${r.chance("n", "ppc.active", 0.85)},
               ${r.between("n", "ppc.created", "2024-01-01 00:00:00+00", "2025-06-01 00:00:00+00")},
               ${r.between("n", "ppc.updated", "2025-06-01 00:00:00+00", "2025-11-14 00:00:00+00")}
        from generate_series(${lo}, ${hi}) g(n)`,
    },
    {
      // Every 25th unit repeats the previous unit_id (the feed listed it twice).
      table: "salemate-inventory",
      rows: w.inventory,
      sql: (lo, hi) => {
        const unitId = (m: string) => `${textArray(PROJECTS.map((p) => p.code))}[${r.int(m, "inv.project", 1, NPROJ)}] || '-' || lpad(((${m})::int8 * 7919 % 100000)::text, 5, '0')`;
        return `
        insert into "salemate-inventory" (id, unit_id, unit_number, building_number, compound, developer, area, property_type, number_of_bedrooms,
                                          number_of_bathrooms, unit_area, price_in_egp, price_per_meter, currency, finishing, sale_type, is_launch, ready_by,
                                          floor_number, garden_area, roof_area, phase, payment_plans, offers, image, original_unit_id, last_inventory_update,
                                          created_at, updated_at)
        select n, ${unitId("src")},
               ${r.int("src", "inv.unitno", 1, 40)}::text || lpad(${r.int("src", "inv.unitno2", 1, 12)}::text, 2, '0'),
               case when ${r.chance("src", "inv.nobuilding", 0.15)} then null else 'B' || ${r.int("src", "inv.building", 1, 80)} end,
               ${projectName("pi")}, ${textArray(PROJECTS.map((p) => p.developer))}[pi], ${textArray(PROJECTS.map((p) => p.region))}[pi],
               ptype, beds, greatest(1, beds - ${r.int("n", "inv.bathdelta", 0, 1)}),
               area, price, case when area > 0 and price > 0 then round(price / area) end,
               ${r.weighted("n", "inv.currency", [["'EGP'", 92], ["null", 5], ["'USD'", 3]])},
               case when ${r.chance("n", "inv.nofinish", 0.1)} then null else ${r.pick("n", "inv.finishing", FINISHING)} end,
               ${r.pick("n", "inv.sale", ["Developer Sale", "Developer Sale", "Resale", "Primary"])},
               ${r.chance("n", "inv.launch", 0.15)},
               ${r.pick("n", "inv.ready", ["Ready to move", "2026", "2027", "Q3 2027", "2028-06", "2029", "RTM"])},
               case when ptype in ('Villa', 'Townhouse', 'Twin House') then null else ${r.int("n", "inv.floor", 0, 12)} end,
               case when ptype in ('Villa', 'Townhouse', 'Twin House') or ${r.chance("n", "inv.garden", 0.1)} then ${r.int("n", "inv.gardenarea", 0, 400)} end,
               case when ptype = 'Penthouse' then ${r.int("n", "inv.roof", 40, 150)} end,
               'Phase ' || ${r.int("n", "inv.phase", 1, 6)},
               case when ${r.chance("n", "inv.noplan", 0.2)} then null else ${r.pick("n", "inv.plan", ["10% down, 8 years", "5% down, 10 years", "Cash", "15% down, 6 years", "0% down, 7 years"])} end,
               case when ${r.chance("n", "inv.offer", 0.2)} then ${r.pick("n", "inv.offertext", ["5% cash discount", "Free maintenance 2 years", "Club membership included"])} end,
               case when ${r.chance("n", "inv.noimage", 0.3)} then null else 'https://cdn.salemate.example/units/' || n || '.jpg' end,
               case when ${r.chance("n", "inv.orig", 0.5)} then 'ORIG-' || n end,
               ${r.between("n", "inv.synced", "2025-06-01 00:00:00+00", "2025-11-14 00:00:00+00")},
               ${r.between("n", "inv.created", "2024-06-01 00:00:00+00", "2025-06-01 00:00:00+00")},
               ${r.between("n", "inv.synced", "2025-06-01 00:00:00+00", "2025-11-14 00:00:00+00")}
        from generate_series(${lo}, ${hi}) g(n)
        cross join lateral (select case when n % 25 = 0 then n - 1 else n end as src offset 0) s
        cross join lateral (select ${r.int("src", "inv.project", 1, NPROJ)} as pi, ${r.pick("src", "inv.type", PROPERTY_TYPES)} as ptype, ${r.int("src", "inv.beds", 1, 5)} as beds offset 0) x
        cross join lateral (select ${r.weighted("n", "inv.areamess", [[`${r.int("n", "inv.area", 55, 420)}::numeric`, 90], ["null", 6], ["0::numeric", 4]])} as area offset 0) y
        cross join lateral (select ${r.weighted("n", "inv.pricemess", [[`round(coalesce(nullif(area, 0), 120) * ${projectPpm("pi")} * (0.85 + ${r.u("n", "inv.pricejitter")} * 0.3) / 1000) * 1000`, 88], ["null", 8], ["0::numeric", 4]])} as price offset 0) z`;
      },
    },
  ];
}
