-- The default province profile: Lâm Đồng as of 2026, which since 1 July 2025 includes the former Đắk Nông and
-- Bình Thuận provinces. Administrators maintain names, places and agencies from here on.
insert into province_profile (code, name) values ('LDO', 'Lâm Đồng');

insert into province_name (profile_code, name, kind, valid_from, valid_to) values
    ('LDO', 'Lâm Đồng', 'PROVINCE', null, null),
    ('LDO', 'Lam Dong', 'PROVINCE', null, null),
    ('LDO', 'Đắk Nông', 'FORMER_PROVINCE', null, '2025-06-30'),
    ('LDO', 'Đăk Nông', 'FORMER_PROVINCE', null, '2025-06-30'),
    ('LDO', 'Đắc Nông', 'FORMER_PROVINCE', null, '2025-06-30'),
    ('LDO', 'Dak Nong', 'FORMER_PROVINCE', null, '2025-06-30'),
    ('LDO', 'Bình Thuận', 'FORMER_PROVINCE', null, '2025-06-30'),
    ('LDO', 'Binh Thuan', 'FORMER_PROVINCE', null, '2025-06-30'),
    ('LDO', 'Đà Lạt', 'PLACE', null, null),
    ('LDO', 'Bảo Lộc', 'PLACE', null, null),
    ('LDO', 'Gia Nghĩa', 'PLACE', null, null),
    ('LDO', 'Phan Thiết', 'PLACE', null, null),
    ('LDO', 'Mũi Né', 'PLACE', null, null),
    ('LDO', 'Tà Đùng', 'PLACE', null, null),
    ('LDO', 'Đức Trọng', 'PLACE', null, null),
    ('LDO', 'Di Linh', 'PLACE', null, null),
    ('LDO', 'Lạc Dương', 'PLACE', null, null),
    ('LDO', 'Đơn Dương', 'PLACE', null, null),
    ('LDO', 'Lâm Hà', 'PLACE', null, null),
    ('LDO', 'Đắk Mil', 'PLACE', null, null),
    ('LDO', 'Krông Nô', 'PLACE', null, null),
    ('LDO', 'Tuy Đức', 'PLACE', null, null),
    ('LDO', 'Cư Jút', 'PLACE', null, null),
    ('LDO', 'Đắk Song', 'PLACE', null, null),
    ('LDO', 'Đắk Glong', 'PLACE', null, null),
    ('LDO', 'La Gi', 'PLACE', null, null),
    ('LDO', 'Tuy Phong', 'PLACE', null, null),
    ('LDO', 'Hàm Thuận Bắc', 'PLACE', null, null),
    ('LDO', 'Hàm Thuận Nam', 'PLACE', null, null),
    ('LDO', 'Bắc Bình', 'PLACE', null, null),
    ('LDO', 'Langbiang', 'PLACE', null, null);

insert into agency (code, name, kind, email) values
    ('so-nnmt', 'Sở Nông nghiệp và Môi trường', 'DEPARTMENT', 'sonnmt@lamdong.gov.vn'),
    ('so-xd', 'Sở Xây dựng', 'DEPARTMENT', 'soxd@lamdong.gov.vn'),
    ('so-ct', 'Sở Công Thương', 'DEPARTMENT', 'soct@lamdong.gov.vn'),
    ('so-yt', 'Sở Y tế', 'DEPARTMENT', 'soyt@lamdong.gov.vn'),
    ('so-gddt', 'Sở Giáo dục và Đào tạo', 'DEPARTMENT', 'sogddt@lamdong.gov.vn'),
    ('so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'DEPARTMENT', 'sovhttdl@lamdong.gov.vn'),
    ('so-tc', 'Sở Tài chính', 'DEPARTMENT', 'sotc@lamdong.gov.vn'),
    ('ca-tinh', 'Công an tỉnh', 'DEPARTMENT', 'congantinh@lamdong.gov.vn'),
    ('ubnd-bac-gia-nghia', 'UBND phường Bắc Gia Nghĩa', 'COMMUNE', 'ubndbacgianghia@lamdong.gov.vn'),
    ('ubnd-xuan-huong-da-lat', 'UBND phường Xuân Hương - Đà Lạt', 'COMMUNE', 'ubndxuanhuong@lamdong.gov.vn'),
    ('ubnd-tuy-phong', 'UBND xã Tuy Phong', 'COMMUNE', 'ubndtuyphong@lamdong.gov.vn');
