/**
 * Unit settings: names on document headers, place name, agency code (the unit code), working
 * hours, Saturday desk and signers — what the official forms and the working calendar use.
 */
import { useEffect } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { client, ok } from '../../api.ts';
import type { Unit, UnitSettings } from '../../api/types.ts';
import { UnitPicker, useUnits } from './units.tsx';
import { PublicAddressCard } from './PublicAddressCard.tsx';
import { NoticeTemplatesCard } from './NoticeTemplatesCard.tsx';
import { ChannelSettingsCard } from '../notices/ChannelSettingsCard.tsx';
import { SupervisionSettingsCard } from '../alerts/SupervisionSettingsCard.tsx';

const CLOCK = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'Giờ có dạng HH:mm, ví dụ 07:30.' };
const DEFAULT_HOURS = { morning: { start: '07:30', end: '11:30' }, afternoon: { start: '13:30', end: '17:00' } };

export function UnitSettingsPage() {
  const { message } = App.useApp();
  const { units, unitCode, setUnitCode, reload } = useUnits();
  const [form] = Form.useForm<UnitSettings>();
  const unit: Unit | undefined = units.find((u) => u.code === unitCode);

  useEffect(() => {
    if (!unit) return;
    form.resetFields();
    form.setFieldsValue({ workingHours: DEFAULT_HOURS, saturdayDesk: { enabled: false, start: '07:30', end: '11:30' }, signers: [], ...unit.settings });
  }, [unit, form]);

  const save = async (values: UnitSettings) => {
    if (!unit) return;
    try {
      // The route replaces the whole settings object: keep what this page does not edit (report period…).
      await ok(client.PUT('/api/units/{code}/settings', { params: { path: { code: unit.code } }, body: { ...unit.settings, ...values, signers: values.signers ?? [] } }));
      message.success('Đã lưu cấu hình đơn vị.');
      reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Cấu hình đơn vị
      </Typography.Title>
      <UnitPicker units={units} value={unitCode} onChange={setUnitCode} />
      {unit && (
        <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="Tên đơn vị">{unit.name}</Descriptions.Item>
          <Descriptions.Item label="Mã cơ quan (mã định danh)">{unit.code}</Descriptions.Item>
          <Descriptions.Item label="Cấp">{{ ward: 'Phường', commune: 'Xã', city: 'Tỉnh, thành phố' }[unit.kind] ?? unit.kind}</Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Row gutter={12}>
          <Col xs={24} xl={12}>
            <Card size="small" title="Tiêu đề văn bản" style={{ marginBottom: 12 }}>
              <Form.Item label="Cơ quan chủ quản (dòng trên)" name={['documentHeader', 'governingBody']} rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên cơ quan chủ quản.' }]}>
                <Input placeholder="ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN" />
              </Form.Item>
              <Form.Item label="Cơ quan ban hành (dòng dưới)" name={['documentHeader', 'issuingBody']} rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên cơ quan ban hành.' }]}>
                <Input placeholder="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" />
              </Form.Item>
              <Form.Item label="Địa danh (ghi ở dòng ngày tháng)" name="placeName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập địa danh.' }]}>
                <Input placeholder="Gia Viên" />
              </Form.Item>
            </Card>
            <Card size="small" title="Người ký">
              <Form.List name="signers">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, i) => (
                      <Space key={field.key} align="baseline" wrap>
                        <Form.Item label={`Chức danh người ký ${i + 1}`} name={[field.name, 'title']} rules={[{ required: true, message: 'Hãy nhập chức danh.' }]}>
                          <Input placeholder="CHỦ TỊCH" style={{ width: 170 }} />
                        </Form.Item>
                        <Form.Item label={`Họ tên người ký ${i + 1}`} name={[field.name, 'name']} rules={[{ required: true, message: 'Hãy nhập họ tên.' }]}>
                          <Input style={{ width: 180 }} />
                        </Form.Item>
                        <Form.Item label={`Vai trò người ký ${i + 1}`} name={[field.name, 'role']} rules={[{ required: true, message: 'Hãy chọn vai trò.' }]}>
                          <Select
                            style={{ width: 170 }}
                            options={[
                              { value: 'chairman', label: 'Chủ tịch UBND' },
                              { value: 'vice_chairman', label: 'Phó Chủ tịch UBND' },
                              { value: 'center_leader', label: 'Lãnh đạo Trung tâm' },
                            ]}
                          />
                        </Form.Item>
                        <Button aria-label={`Bỏ người ký ${i + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                      </Space>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ role: 'chairman' })}>
                      Thêm người ký
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title="Giờ làm việc" style={{ marginBottom: 12 }}>
              <Space wrap>
                <Form.Item label="Sáng từ" name={['workingHours', 'morning', 'start']} rules={[CLOCK]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
                <Form.Item label="Sáng đến" name={['workingHours', 'morning', 'end']} rules={[CLOCK]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
                <Form.Item label="Chiều từ" name={['workingHours', 'afternoon', 'start']} rules={[CLOCK]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
                <Form.Item label="Chiều đến" name={['workingHours', 'afternoon', 'end']} rules={[CLOCK]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
              </Space>
              <Space wrap>
                <Form.Item label="Tiếp nhận sáng thứ Bảy" name={['saturdayDesk', 'enabled']} valuePropName="checked">
                  <Switch />
                </Form.Item>
                <Form.Item label="Thứ Bảy từ" name={['saturdayDesk', 'start']} rules={[CLOCK]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
                <Form.Item label="Thứ Bảy đến" name={['saturdayDesk', 'end']} rules={[CLOCK]}>
                  <Input style={{ width: 90 }} />
                </Form.Item>
              </Space>
            </Card>
            <PublicAddressCard unitCode={unit?.code} saved={unit?.settings.publicBaseUrl} />
            <Button type="primary" htmlType="submit" size="large">
              Lưu cấu hình
            </Button>
          </Col>
        </Row>
      </Form>
      <ChannelSettingsCard unitCode={unit?.code} />
      <NoticeTemplatesCard unitCode={unit?.code} />
      <SupervisionSettingsCard unitCode={unit?.code} />
    </div>
  );
}
