import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A seed-shaped report of TTYT Hoằng Hóa (seed 001), importing the real Thanh Hóa catalog. */
export const REPORT = `import "catalog/thanh-hoa"

// Số liệu quý I năm 2024 (seed 001)
data TTYT_HoangHoa Q1/2024 {
  tre_tiem_chung_day_du = 700   // theo báo cáo tháng
  tre_sinh_nam = 820 trẻ
}

data TTYT_HoangHoa Q1/2023 {
  tre_tiem_chung_day_du = 645
}

indicator luot_tu_van_gdsk "Số lượt người được tư vấn và giáo dục sức khỏe trực tiếp" unit lượt

report BC_HoangHoa_Q1_2024
  number "/BC-TTYT"
  issuer TTYT_HoangHoa
  date 14/4/2024
  period Q1/2024
---
- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là {tre_tiem_chung_day_du = 703} trẻ so với cùng kỳ là {prev(tre_tiem_chung_day_du) = 645} trẻ.
`;

/** A folder with the examples' catalog and the given files. */
export function dataWorkspace(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-data-'));
    cpSync(resolve(__dirname, '../../examples/catalog'), join(dir, 'catalog'), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
}
