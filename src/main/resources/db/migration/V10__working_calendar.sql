-- Public holidays and compensatory days (Labour Code 2019 art. 112) as data: administrators correct and extend them
-- each year from the Ministry of Home Affairs' announcement. Lunar dates (Tết, Giỗ Tổ Hùng Vương) are converted.
create table holiday (
    day   date primary key,
    name  text not null,
    -- DAY_OFF: no work although a weekday; WORKING_DAY: a Saturday/Sunday worked to compensate a bridge day
    kind  text not null default 'DAY_OFF' check (kind in ('DAY_OFF', 'WORKING_DAY'))
);

insert into holiday (day, name, kind) values
    ('2025-01-01', 'Tết Dương lịch', 'DAY_OFF'),
    ('2025-01-27', 'Tết Nguyên đán Ất Tỵ', 'DAY_OFF'),
    ('2025-01-28', 'Tết Nguyên đán Ất Tỵ', 'DAY_OFF'),
    ('2025-01-29', 'Tết Nguyên đán Ất Tỵ', 'DAY_OFF'),
    ('2025-01-30', 'Tết Nguyên đán Ất Tỵ', 'DAY_OFF'),
    ('2025-01-31', 'Tết Nguyên đán Ất Tỵ', 'DAY_OFF'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF'),
    ('2025-04-26', 'Làm bù cho ngày 02/5', 'WORKING_DAY'),
    ('2025-04-30', 'Ngày Giải phóng miền Nam', 'DAY_OFF'),
    ('2025-05-01', 'Ngày Quốc tế Lao động', 'DAY_OFF'),
    ('2025-05-02', 'Nghỉ bù (hoán đổi)', 'DAY_OFF'),
    ('2025-09-01', 'Quốc khánh', 'DAY_OFF'),
    ('2025-09-02', 'Quốc khánh', 'DAY_OFF'),
    ('2026-01-01', 'Tết Dương lịch', 'DAY_OFF'),
    ('2026-02-16', 'Tết Nguyên đán Bính Ngọ', 'DAY_OFF'),
    ('2026-02-17', 'Tết Nguyên đán Bính Ngọ', 'DAY_OFF'),
    ('2026-02-18', 'Tết Nguyên đán Bính Ngọ', 'DAY_OFF'),
    ('2026-02-19', 'Tết Nguyên đán Bính Ngọ', 'DAY_OFF'),
    ('2026-02-20', 'Tết Nguyên đán Bính Ngọ', 'DAY_OFF'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật)', 'DAY_OFF'),
    ('2026-04-30', 'Ngày Giải phóng miền Nam', 'DAY_OFF'),
    ('2026-05-01', 'Ngày Quốc tế Lao động', 'DAY_OFF'),
    ('2026-09-01', 'Quốc khánh', 'DAY_OFF'),
    ('2026-09-02', 'Quốc khánh', 'DAY_OFF'),
    ('2027-01-01', 'Tết Dương lịch', 'DAY_OFF'),
    ('2027-02-04', 'Tết Nguyên đán Đinh Mùi', 'DAY_OFF'),
    ('2027-02-05', 'Tết Nguyên đán Đinh Mùi', 'DAY_OFF'),
    ('2027-02-08', 'Tết Nguyên đán Đinh Mùi', 'DAY_OFF'),
    ('2027-02-09', 'Tết Nguyên đán Đinh Mùi', 'DAY_OFF'),
    ('2027-02-10', 'Tết Nguyên đán Đinh Mùi', 'DAY_OFF'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'DAY_OFF'),
    ('2027-04-30', 'Ngày Giải phóng miền Nam', 'DAY_OFF'),
    ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (01/5 rơi vào thứ Bảy)', 'DAY_OFF'),
    ('2027-09-02', 'Quốc khánh', 'DAY_OFF'),
    ('2027-09-03', 'Quốc khánh', 'DAY_OFF');
