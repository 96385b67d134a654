/**
 * The API's types, generated from the server's OpenAPI document by `npm run generate:api`
 * (scripts/generate-api-client.ts). Do not edit: change the route schemas and regenerate.
 */

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập bằng tên đăng nhập và mật khẩu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                                roleName: string;
                                unitCode: string;
                                unitName: string;
                                departmentCode: string | null;
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu của chính mình; các phiên đăng nhập khác của tài khoản bị đăng xuất */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng đang đăng nhập */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                                roleName: string;
                                unitCode: string;
                                unitName: string;
                                departmentCode: string | null;
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/about": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin hệ thống: có phải bản dùng thử với dữ liệu mẫu (demo: true, mật khẩu công khai) hay không */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hồ sơ theo bộ lọc */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    field?: string;
                    procedureCode?: string;
                    departmentCode?: string;
                    assigneeId?: string;
                    receivedBy?: string;
                    unitCode?: string;
                    /** @description Hồ sơ chưa chuyển đến phòng, cơ quan xử lý nào (dòng "Bộ phận một cửa (chưa chuyển)" của trang tổng quan) */
                    unrouted?: "true" | "false";
                    /** @description Hồ sơ chưa phân công cho cán bộ nào (dòng "Chưa phân công" của trang tổng quan) */
                    unassigned?: "true" | "false";
                    dueBefore?: string;
                    overdue?: "true" | "false";
                    dueSoon?: "true" | "false";
                    /** @description Hồ sơ đang xử lý, không tạm dừng, có hạn giải quyết trong ngày này (YYYY-MM-DD) và chưa quá hạn ("Đến hạn hôm nay" của trang tổng quan) */
                    dueOn?: string;
                    /** @description Tiếp nhận từ ngày này (YYYY-MM-DD, kể cả ngày này) */
                    receivedFrom?: string;
                    /** @description Tiếp nhận đến ngày này (YYYY-MM-DD, kể cả ngày này) */
                    receivedTo?: string;
                    /** @description Chỉ hồ sơ đã được tiếp nhận: bỏ hồ sơ nộp trực tuyến chưa tiếp nhận và hồ sơ bị từ chối tiếp nhận (như số "tiếp nhận" của báo cáo; "Tiếp nhận trong tháng" của trang tổng quan) */
                    receivedOnly?: "true" | "false";
                    /** @description Hồ sơ cần xin lỗi, hẹn lại ("Chưa xin lỗi, hẹn lại" của trang tổng quan thành phố): đang xử lý, không tạm dừng, chưa gia hạn, hạn giải quyết chưa qua và nằm trong khoảng cảnh báo xin lỗi của đơn vị giữ hồ sơ (cài đặt giám sát của từng đơn vị) */
                    apologyOwed?: "true" | "false";
                    /** @description Kết thúc xử lý từ ngày này (YYYY-MM-DD, kể cả ngày này) */
                    closedFrom?: string;
                    /** @description Kết thúc xử lý đến ngày này (YYYY-MM-DD, kể cả ngày này) */
                    closedTo?: string;
                    /** @description Hồ sơ đã giải quyết (có kết quả: đã xử lý xong hoặc đã trả): all; đúng hạn (không có hạn, hoặc kết thúc không muộn hơn hạn giải quyết): onTime; quá hạn: late ("Xu hướng 12 tháng") */
                    resolved?: "all" | "onTime" | "late";
                    /** @description Mã hồ sơ hoặc tên người nộp (một phần, không dấu cũng được); hoặc số CCCD/định danh, số điện thoại (đúng cả số, dấu cách, dấu chấm, +84 không ảnh hưởng) */
                    q?: string;
                    /** @description Cột sắp xếp; dấu "-" phía trước là giảm dần. Mặc định: hồ sơ tiếp nhận mới nhất lên trước (-receivedAt) */
                    sort?: "receivedAt" | "-receivedAt" | "legalDueAt" | "-legalDueAt" | "appointmentDueAt" | "-appointmentDueAt" | "endedAt" | "-endedAt" | "code" | "-code" | "applicantName" | "-applicantName" | "procedureName" | "-procedureName" | "status" | "-status";
                    queue?: "viec-cua-toi" | "cho-tiep-nhan" | "cho-chuyen" | "cho-phan-cong" | "cho-xu-ly" | "cho-phe-duyet" | "cho-bo-sung" | "nghia-vu-tai-chinh" | "cho-tra";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            page: number;
                            pageSize: number;
                            items: {
                                code: string;
                                unitCode: string;
                                procedureCode: string;
                                procedureName: string;
                                field: string;
                                status: number;
                                statusName: string;
                                channel: string;
                                applicantName: string;
                                applicantIdNumber: string | null;
                                applicantPhone: string | null;
                                submittedAt: string | null;
                                receivedAt: string | null;
                                legalDueAt: string | null;
                                appointmentDueAt: string | null;
                                endedAt: string | null;
                                departmentCode: string | null;
                                assigneeId: string | null;
                                source: string;
                                version: number;
                                /** @enum {string|null} */
                                deadlineLevel: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Tiếp nhận hồ sơ tại quầy (hoặc ghi nhận hồ sơ nộp trực tuyến, từ chối tiếp nhận)
         * @description Gửi kèm tiêu đề Idempotency-Key để một yêu cầu lặp lại không tạo hồ sơ thứ hai.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        procedureCode: string;
                        /**
                         * @default in_person
                         * @enum {string}
                         */
                        channel?: "in_person" | "online" | "post";
                        applicant: {
                            /**
                             * @default individual
                             * @enum {string}
                             */
                            kind?: "individual" | "organization";
                            name: string;
                            idNumber?: string;
                            address?: string;
                            phone?: string;
                            email?: string;
                        };
                        components?: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            form: "ban-chinh" | "ban-sao-chung-thuc" | "ban-chup";
                            quantity: number;
                        }[];
                        exemptions?: string[];
                        pages?: number;
                        copies?: number;
                        feeVariant?: string;
                        receivedAt?: string;
                        /**
                         * @default receive
                         * @enum {string}
                         */
                        mode?: "receive" | "submit" | "refuse";
                        refusalReason?: string;
                        notices?: {
                            consents?: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                address: string;
                                /** @default true */
                                granted?: boolean;
                            }[];
                            /** @enum {string} */
                            preferred?: "email" | "sms" | "zalo";
                        };
                        supplementRequest?: {
                            reason: string;
                            items?: string[];
                        };
                        missingConfirmed?: {
                            reason: string;
                        };
                        submitter?: {
                            /** @enum {string} */
                            kind: "authorised" | "representative";
                            name: string;
                            idNumber?: string;
                            phone?: string;
                            relationship?: string;
                            authorisation?: string;
                            title?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Việc của tôi: các hàng chờ của người đang đăng nhập và số hồ sơ của mỗi hàng (cùng định nghĩa với bộ lọc queue) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queues: {
                                key: string;
                                label: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết hồ sơ: lịch sử, các bước, hạn xử lý */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận hồ sơ nộp trực tuyến (kiểm tra thành phần hồ sơ; thiếu giấy tờ bắt buộc: kèm yêu cầu bổ sung hoặc xác nhận có lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @default [] */
                        components?: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            form: "ban-chinh" | "ban-sao-chung-thuc" | "ban-chup";
                            quantity: number;
                        }[];
                        supplementRequest?: {
                            reason: string;
                            items?: string[];
                        };
                        missingConfirmed?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Từ chối tiếp nhận hồ sơ nộp trực tuyến (Mẫu 03) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển hồ sơ đến phòng chuyên môn hoặc cơ quan ngành dọc */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        to: string;
                        /** @enum {string} */
                        toKind?: "department" | "vertical_agency";
                        assigneeId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/complete-step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hoàn thành bước đang xử lý (người giữ bước; lãnh đạo phòng hoàn thành thay, được ghi lại) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        stepCode: string;
                        note?: string;
                        assigneeId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phân công, giao lại bước chuyên môn cho công chức trong phòng (lãnh đạo phòng) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        stepCode: string;
                        assigneeId: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại bước trước (hoặc công chức đã xử lý một bước chuyên môn trước đó), có lý do */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        stepCode: string;
                        toStepCode: string;
                        toAssigneeId?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/request-supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        reason: string;
                        /** @default [] */
                        items?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/receive-supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận hồ sơ bổ sung */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        note?: string;
                        components?: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            form: "ban-chinh" | "ban-sao-chung-thuc" | "ban-chup";
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/request-financial-obligation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yêu cầu thực hiện nghĩa vụ tài chính */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        amount: number;
                        description: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/financial-obligation-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận đã thực hiện nghĩa vụ tài chính */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        amount: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dừng giải quyết hồ sơ (Mẫu 05) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        reason: string;
                        /** @default false */
                        refusal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        newDueAt: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công dân rút hồ sơ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @default Công dân đề nghị rút hồ sơ */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt, có kết quả giải quyết (chỉ ở bước phê duyệt; cần tệp kết quả, hoặc số, ký hiệu văn bản kết quả bản giấy) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @default false */
                        electronic?: boolean;
                        note?: string;
                        resultReference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/return-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả kết quả cho công dân (tại quầy: ghi người nhận, họ tên, số giấy tờ tùy thân) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @enum {string} */
                        method: "desk" | "post" | "electronic";
                        collectedBy?: {
                            /** @enum {string} */
                            kind: "applicant" | "authorised";
                            name: string;
                            idNumber: string;
                            authorisation?: string;
                        };
                        trackingNumber?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/pay-fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận nộp phí, lệ phí */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        amount: number;
                        online: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            status: number;
                            statusName: string;
                            procedureCode: string;
                            procedureName: string;
                            field: string;
                            channel: string;
                            source: string;
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            submitter: {
                                /** @enum {string} */
                                kind: "authorised" | "representative";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                                relationship?: string;
                                authorisation?: string;
                                title?: string;
                            } | null;
                            personalDataVisible: boolean;
                            departmentCode: string | null;
                            assigneeId: string | null;
                            receivedBy: string | null;
                            submittedAt: string | null;
                            receivedAt: string | null;
                            legalDueAt: string | null;
                            appointmentDueAt: string | null;
                            endedAt: string | null;
                            endKind: string | null;
                            returnedAt: string | null;
                            paused: boolean;
                            pausedWorkingMinutes: number;
                            supplementRequests: number;
                            extensions: {
                                at: string | null;
                                newDueAt: string | null;
                                reason: string;
                            }[];
                            feeAmount: number;
                            paidAmount: number;
                            paidOnline: boolean;
                            hasComponentFile: boolean;
                            hasReusedComponent: boolean;
                            hasResultFile: boolean;
                            deadline: {
                                /** @enum {string} */
                                level: "on-track" | "due-soon" | "overdue";
                                remainingMinutes: number;
                                elapsedPercent: number;
                            } | null;
                            steps: {
                                code: string;
                                name: string;
                                budgetMinutes: number;
                                dueAt: string | null;
                                startedAt: string | null;
                                completedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "done";
                                handlerUnit: string | null;
                                deadline: {
                                    /** @enum {string} */
                                    level: "on-track" | "due-soon" | "overdue";
                                    remainingMinutes: number;
                                    elapsedPercent: number;
                                } | null;
                                /** @enum {string} */
                                state: "pending" | "active" | "returned" | "done";
                                role: string;
                                /** @enum {string} */
                                act: "receive" | "process" | "review" | "approve" | "return";
                                current: boolean;
                                departmentCode: string | null;
                                departmentName: string | null;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                completedByName: string | null;
                                onBehalfOfName: string | null;
                                returnCount: number;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                actorName: string;
                                description: string;
                                stepName?: string;
                            }[];
                            allowedActions: string[];
                            actions: {
                                event: string;
                                stepCode?: string;
                                onBehalfOf?: string;
                                returnTo?: string[];
                            }[];
                            papers: {
                                submitted: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missing: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                }[];
                                missingConfirmed: {
                                    at: string | null;
                                    reason: string;
                                    missing: {
                                        code: string;
                                        name: string;
                                        form: string;
                                        quantity: number;
                                    }[];
                                } | null;
                                checklist: {
                                    code: string;
                                    name: string;
                                    form: string;
                                    quantity: number;
                                    optional: boolean;
                                }[];
                            };
                            resultReference: string | null;
                            resultRequired: boolean;
                            collectedBy: {
                                /** @enum {string} */
                                kind: "applicant" | "authorised";
                                name: string;
                                idNumber?: string;
                                authorisation?: string;
                            } | null;
                            returnTrackingNumber: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu thủ tục hành chính còn hiệu lực (theo tên hoặc mã, không phân biệt dấu) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    field?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                localCode: string;
                                versionId: string;
                                name: string;
                                field: string;
                                onlineLevel: string;
                                timeLimit: {
                                    /** @enum {string} */
                                    kind: "working-days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "working-hours";
                                    hours: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "calendar-days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "same-day";
                                };
                                timeLimitText: string;
                                feeInPerson: number;
                                feeOnline: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách lĩnh vực */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết thủ tục: thành phần hồ sơ, phí, các bước, mức độ tin cậy của từng giá trị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            procedure: {
                                code: string;
                                localCode: string;
                                versionId: string;
                                name: string;
                                field: {
                                    code: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                onlineLevel: "toan-trinh" | "mot-phan" | "truc-tiep";
                                timeLimit: {
                                    /** @enum {string} */
                                    kind: "working-days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "working-hours";
                                    hours: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "calendar-days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "same-day";
                                };
                                verificationTimeLimit?: {
                                    /** @enum {string} */
                                    kind: "working-days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "working-hours";
                                    hours: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "calendar-days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "same-day";
                                };
                                supplementPauses: boolean;
                                financialObligationPauses: boolean;
                                resultRequired: boolean;
                                /** @enum {string} */
                                department: "tu-phap-ho-tich" | "kinh-te" | "van-hoa-xa-hoi" | "cong-an-xa";
                                components: {
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    form: "ban-chinh" | "ban-sao-chung-thuc" | "ban-chup";
                                    quantity: number;
                                    optional: boolean;
                                    note?: string;
                                }[];
                                steps: {
                                    code: string;
                                    name: string;
                                    sharePercent: number;
                                    /** @enum {string} */
                                    role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman";
                                }[];
                                feeVariants: {
                                    code: string;
                                    label: string;
                                    isDefault: boolean;
                                }[];
                                fees: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "le-phi" | "phi";
                                    label: string;
                                    /** @enum {string} */
                                    unit: "ho-so" | "lan" | "ban" | "trang" | "giay-phep" | "truong-hop" | "hop-dong" | "van-ban";
                                    amount: number | null;
                                    channelAmounts?: {
                                        in_person?: number | null;
                                        online?: number | null;
                                        post?: number | null;
                                    };
                                    pageTiers?: {
                                        fromPage: number;
                                        amount: number;
                                    }[];
                                    maxPerCopy?: number;
                                    variant?: string;
                                    effectiveFrom: string;
                                    effectiveTo?: string;
                                    basis: string;
                                    exemptions: {
                                        code: string;
                                        label: string;
                                        basis: string;
                                        /** @enum {string} */
                                        confidence: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    }[];
                                    supports: {
                                        label: string;
                                        sharePercent: number;
                                        variant?: string;
                                        channels?: ("in_person" | "online" | "post")[];
                                        effectiveFrom: string;
                                        effectiveTo?: string;
                                        basis: string;
                                        /** @enum {string} */
                                        confidence: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    }[];
                                    freeReason?: string;
                                    /** @enum {string} */
                                    confidence: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    channelConfidence?: {
                                        /** @enum {string} */
                                        in_person?: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                        /** @enum {string} */
                                        online?: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                        /** @enum {string} */
                                        post?: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    };
                                    note?: string;
                                }[];
                                effectiveFrom: string;
                                effectiveTo?: string;
                                confidence: {
                                    /** @enum {string} */
                                    code: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    localCode: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    name: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    field: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    onlineLevel: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    timeLimit: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    verificationTimeLimit?: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    supplementPauses: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    financialObligationPauses: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    resultRequired: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    department: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    components: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    steps: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    fees: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    effectiveFrom: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                    /** @enum {string} */
                                    effectiveTo?: "confirmed" | "single-source" | "default-rule" | "unconfirmed";
                                };
                                notes: {
                                    general?: string;
                                    code?: string;
                                    localCode?: string;
                                    name?: string;
                                    field?: string;
                                    onlineLevel?: string;
                                    timeLimit?: string;
                                    verificationTimeLimit?: string;
                                    supplementPauses?: string;
                                    financialObligationPauses?: string;
                                    resultRequired?: string;
                                    department?: string;
                                    components?: string;
                                    steps?: string;
                                    fees?: string;
                                    effectiveFrom?: string;
                                    effectiveTo?: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/procedures/{code}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phí, lệ phí và hạn trả dự kiến nếu tiếp nhận ngay bây giờ */
        get: {
            parameters: {
                query?: {
                    channel?: "in_person" | "online" | "post";
                    pages?: number;
                    copies?: number;
                    exemptions?: string;
                    variant?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            dueAt: string | null;
                            timeLimitText: string;
                            fee: {
                                total: number;
                                complete: boolean;
                                lines: {
                                    label: string;
                                    amount: number;
                                    waivedReason?: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch làm việc một năm của đơn vị: ngày nghỉ, ngày làm bù, điều chỉnh */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                };
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            unitCode: string | null;
                            source: string;
                            confidence: string;
                            daysOff: {
                                date: string;
                                reason: string;
                            }[];
                            extraWorkingDays: {
                                date: string;
                                reason: string;
                            }[];
                            overrides: {
                                id: number;
                                unitCode: string | null;
                                date: string;
                                working: boolean;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Điều chỉnh một ngày (ngày nghỉ thêm hoặc ngày làm bù) cho một đơn vị hoặc toàn hệ thống */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        unitCode?: string | null;
                        date: string;
                        working: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitCode: string | null;
                            date: string;
                            working: boolean;
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ một điều chỉnh lịch */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đơn vị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                kind: string;
                                parentCode: string | null;
                                settings: {
                                    documentHeader?: {
                                        governingBody: string;
                                        issuingBody: string;
                                    };
                                    placeName?: string;
                                    signers?: {
                                        title: string;
                                        name: string;
                                        /** @enum {string} */
                                        role: "chairman" | "vice_chairman" | "center_leader";
                                    }[];
                                    workingHours?: {
                                        morning: {
                                            start: string;
                                            end: string;
                                        };
                                        afternoon: {
                                            start: string;
                                            end: string;
                                        };
                                    };
                                    saturdayDesk?: {
                                        enabled: boolean;
                                        start: string;
                                        end: string;
                                    };
                                    reportPeriod?: {
                                        /** @enum {string} */
                                        kind: "calendar-month";
                                    } | {
                                        /** @enum {string} */
                                        kind: "cutoff";
                                        day: number;
                                    };
                                    documentSymbol?: string;
                                    contactPhone?: string;
                                    publicBaseUrl?: string;
                                };
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo đơn vị (phường, xã, thành phố) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        kind: "ward" | "commune" | "city";
                        /** @default null */
                        parentCode?: string | null;
                        /** @default {} */
                        settings?: {
                            documentHeader?: {
                                governingBody: string;
                                issuingBody: string;
                            };
                            placeName?: string;
                            signers?: {
                                title: string;
                                name: string;
                                /** @enum {string} */
                                role: "chairman" | "vice_chairman" | "center_leader";
                            }[];
                            workingHours?: {
                                morning: {
                                    start: string;
                                    end: string;
                                };
                                afternoon: {
                                    start: string;
                                    end: string;
                                };
                            };
                            saturdayDesk?: {
                                enabled: boolean;
                                start: string;
                                end: string;
                            };
                            reportPeriod?: {
                                /** @enum {string} */
                                kind: "calendar-month";
                            } | {
                                /** @enum {string} */
                                kind: "cutoff";
                                day: number;
                            };
                            documentSymbol?: string;
                            contactPhone?: string;
                            publicBaseUrl?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            kind: string;
                            parentCode: string | null;
                            settings: {
                                documentHeader?: {
                                    governingBody: string;
                                    issuingBody: string;
                                };
                                placeName?: string;
                                signers?: {
                                    title: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "chairman" | "vice_chairman" | "center_leader";
                                }[];
                                workingHours?: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    };
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    };
                                };
                                saturdayDesk?: {
                                    enabled: boolean;
                                    start: string;
                                    end: string;
                                };
                                reportPeriod?: {
                                    /** @enum {string} */
                                    kind: "calendar-month";
                                } | {
                                    /** @enum {string} */
                                    kind: "cutoff";
                                    day: number;
                                };
                                documentSymbol?: string;
                                contactPhone?: string;
                                publicBaseUrl?: string;
                            };
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cấu hình đơn vị: tên trên văn bản, địa danh, người ký, giờ làm việc, kỳ báo cáo */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        documentHeader?: {
                            governingBody: string;
                            issuingBody: string;
                        };
                        placeName?: string;
                        signers?: {
                            title: string;
                            name: string;
                            /** @enum {string} */
                            role: "chairman" | "vice_chairman" | "center_leader";
                        }[];
                        workingHours?: {
                            morning: {
                                start: string;
                                end: string;
                            };
                            afternoon: {
                                start: string;
                                end: string;
                            };
                        };
                        saturdayDesk?: {
                            enabled: boolean;
                            start: string;
                            end: string;
                        };
                        reportPeriod?: {
                            /** @enum {string} */
                            kind: "calendar-month";
                        } | {
                            /** @enum {string} */
                            kind: "cutoff";
                            day: number;
                        };
                        documentSymbol?: string;
                        contactPhone?: string;
                        publicBaseUrl?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            kind: string;
                            parentCode: string | null;
                            settings: {
                                documentHeader?: {
                                    governingBody: string;
                                    issuingBody: string;
                                };
                                placeName?: string;
                                signers?: {
                                    title: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "chairman" | "vice_chairman" | "center_leader";
                                }[];
                                workingHours?: {
                                    morning: {
                                        start: string;
                                        end: string;
                                    };
                                    afternoon: {
                                        start: string;
                                        end: string;
                                    };
                                };
                                saturdayDesk?: {
                                    enabled: boolean;
                                    start: string;
                                    end: string;
                                };
                                reportPeriod?: {
                                    /** @enum {string} */
                                    kind: "calendar-month";
                                } | {
                                    /** @enum {string} */
                                    kind: "cutoff";
                                    day: number;
                                };
                                documentSymbol?: string;
                                contactPhone?: string;
                                publicBaseUrl?: string;
                            };
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thủ tục đơn vị cung cấp (mặc định: cả danh mục đang có hiệu lực) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            all: boolean;
                            items: {
                                code: string;
                                name: string;
                                field: string;
                                offered: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        /** Đặt danh sách thủ tục đơn vị cung cấp; tiếp nhận thủ tục ngoài danh sách sẽ bị từ chối */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        offered: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            all: boolean;
                            items: {
                                code: string;
                                name: string;
                                field: string;
                                offered: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phòng chuyên môn và cơ quan ngành dọc của đơn vị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                kind: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm phòng chuyên môn hoặc cơ quan ngành dọc */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        kind: "department" | "vertical_agency";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            kind: string;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng của đơn vị */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                                roleName: string;
                                unitCode: string;
                                departmentCode: string | null;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo người dùng và gán vai trò */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        fullName: string;
                        password: string;
                        /** @enum {string} */
                        role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                        unitCode: string;
                        /** @default null */
                        departmentCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                            roleName: string;
                            unitCode: string;
                            departmentCode: string | null;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa họ tên, vai trò, phòng của người dùng (chuyển phòng, đổi vai trò); đơn vị và tên đăng nhập không đổi */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** @enum {string} */
                        role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                        departmentCode: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                            roleName: string;
                            unitCode: string;
                            departmentCode: string | null;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lại mật khẩu cho người dùng (khi quên mật khẩu); mọi phiên đăng nhập của người đó bị đăng xuất */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Khóa hoặc mở khóa tài khoản; khóa thì mọi phiên đăng nhập của người đó bị đăng xuất */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "counter_officer" | "specialist" | "department_head" | "center_leader" | "chairman" | "city_supervisor" | "administrator";
                            roleName: string;
                            unitCode: string;
                            departmentCode: string | null;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký thay đổi cấu hình (lịch, đơn vị, thủ tục, phòng, người dùng, cấu hình nhập, khóa API), mới nhất trước */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                    limit?: number;
                    beforeId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                kind: string;
                                kindName: string;
                                unitCode: string | null;
                                target: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                before: unknown;
                                after: unknown;
                            }[];
                            nextBeforeId: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách tệp đính kèm của hồ sơ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                dossierCode: string;
                                /** @enum {string} */
                                kind: "component" | "result";
                                componentCode: string | null;
                                originalName: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                                digitized: boolean;
                                reused: boolean;
                                electronic: boolean;
                                uploadedBy: string;
                                uploadedAt: string | null;
                                downloadUrl: string;
                                /** @description Người xem có được tải tệp về không (tệp chứa dữ liệu cá nhân: chỉ cán bộ của đơn vị giữ hồ sơ). */
                                canDownload: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Đính kèm tệp vào hồ sơ (bản quét thành phần hồ sơ, giấy tờ tái sử dụng, kết quả điện tử)
         * @description multipart/form-data gồm một tệp (trường "file": PDF, PNG, JPEG, TIFF hoặc WebP, kiểm tra theo nội dung tệp; tối đa 50 MB) và các trường: kind = component | result | reused, componentCode (mã thành phần hồ sơ, không bắt buộc), expectedVersion (phiên bản hồ sơ đang xem). Cùng nội dung chỉ được lưu một lần (đặt tên theo SHA-256).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            file: {
                                id: string;
                                dossierCode: string;
                                /** @enum {string} */
                                kind: "component" | "result";
                                componentCode: string | null;
                                originalName: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                                digitized: boolean;
                                reused: boolean;
                                electronic: boolean;
                                uploadedBy: string;
                                uploadedAt: string | null;
                                downloadUrl: string;
                            };
                            deduplicated: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp đính kèm (chỉ người được xem hồ sơ) */
        get: {
            parameters: {
                query?: {
                    inline?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                        "image/png": unknown;
                        "image/jpeg": unknown;
                        "image/tiff": unknown;
                        "image/webp": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/png": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/jpeg": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/tiff": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/webp": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/png": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/jpeg": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/tiff": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/webp": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/png": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/jpeg": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/tiff": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/webp": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/png": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/jpeg": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/tiff": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/webp": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/png": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/jpeg": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/tiff": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                        "image/webp": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các biểu mẫu (Mẫu 01–06) hồ sơ có thể in lúc này, và lý do khi một mẫu không áp dụng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                form: "mau-01" | "mau-02" | "mau-03" | "mau-04" | "mau-05" | "mau-06";
                                title: string;
                                available: boolean;
                                reason: string | null;
                                htmlUrl: string;
                                docxUrl: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/forms/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In biểu mẫu của hồ sơ (Mẫu 01–06) dạng HTML hoặc DOCX
         * @description mau-01: Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả; mau-02: Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; mau-03: Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ; mau-04: Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả; mau-05: Mẫu 05 – Thông báo dừng giải quyết hồ sơ; mau-06: Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ
         */
        get: {
            parameters: {
                query?: {
                    format?: "html" | "docx";
                };
                header?: never;
                path: {
                    code: string;
                    form: "mau-01" | "mau-02" | "mau-03" | "mau-04" | "mau-05" | "mau-06";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forms/mau-07": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ theo dõi hồ sơ (Mẫu 07) của một đơn vị trong một khoảng ngày, dạng HTML, DOCX hoặc XLSX */
        get: {
            parameters: {
                query: {
                    unit: string;
                    from: string;
                    to: string;
                    format?: "html" | "docx" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng quan cho lãnh đạo: tiếp nhận hôm nay, đang xử lý, đến hạn hôm nay và ngày làm việc kế tiếp, quá hạn theo phòng và theo cán bộ */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            today: string;
                            nextWorkingDay: string;
                            receivedToday: number;
                            awaitingReturn: number;
                            inProgress: number;
                            dueToday: number;
                            dueNextWorkingDay: number;
                            overdue: number;
                            byDepartment: {
                                code: string | null;
                                name: string;
                                inProgress: number;
                                dueToday: number;
                                dueNextWorkingDay: number;
                                overdue: number;
                            }[];
                            byOfficer: {
                                id: string | null;
                                name: string;
                                inProgress: number;
                                dueToday: number;
                                dueNextWorkingDay: number;
                                overdue: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/city": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng quan cấp thành phố: tổng số hôm nay và các đơn vị xếp hạng theo Chỉ số phục vụ (QĐ 766) rồi tỷ lệ đúng hạn của tháng, kèm đang xử lý, quá hạn, đến hạn, xin lỗi còn nợ, tiếp nhận */
        get: {
            parameters: {
                query?: {
                    cityCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cityCode: string;
                            cityName: string;
                            today: string;
                            period: {
                                from: string;
                                to: string;
                            };
                            total: {
                                inProgress: number;
                                dueToday: number;
                                dueNextWorkingDay: number;
                                overdue: number;
                                receivedToday: number;
                                awaitingReturn: number;
                                apologiesOwed: number;
                                received: number;
                                resolved: number;
                            };
                            units: {
                                rank: number;
                                unitCode: string;
                                name: string;
                                received: number;
                                resolved: number;
                                onTimeBasisPoints: number | null;
                                serviceBasisPoints: number | null;
                                inProgress: number;
                                dueToday: number;
                                dueNextWorkingDay: number;
                                overdue: number;
                                receivedToday: number;
                                awaitingReturn: number;
                                apologiesOwed: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cảnh báo của đơn vị: hồ sơ sắp đến hạn, đến hạn hôm nay, quá hạn, và hồ sơ chưa gửi thư xin lỗi, hẹn lại (Mẫu 04) kèm thời điểm gửi muộn nhất */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            now: string;
                            dueSoon: {
                                dossierCode: string;
                                procedureName: string;
                                departmentName: string | null;
                                assigneeName: string | null;
                                dueAt: string;
                                remainingMinutes: number;
                                elapsedPercent: number;
                            }[];
                            dueToday: {
                                dossierCode: string;
                                procedureName: string;
                                departmentName: string | null;
                                assigneeName: string | null;
                                dueAt: string;
                                remainingMinutes: number;
                                elapsedPercent: number;
                            }[];
                            overdue: {
                                dossierCode: string;
                                procedureName: string;
                                departmentName: string | null;
                                assigneeName: string | null;
                                dueAt: string;
                                remainingMinutes: number;
                                elapsedPercent: number;
                            }[];
                            apologiesOwed: {
                                dossierCode: string;
                                procedureName: string;
                                departmentName: string | null;
                                assigneeName: string | null;
                                /** @enum {string} */
                                status: "owed" | "late";
                                legalDueAt: string;
                                lastMoment: string;
                                risk: ("little-time-left" | "step-overdue" | "overdue")[];
                            }[];
                            truncated: boolean;
                            limit: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hàng đợi hôm nay (số phát, đang chờ, đã phục vụ, vắng mặt, thời gian chờ trung vị và p90, theo quầy) và mức độ hài lòng của tháng (theo cán bộ), cùng số liệu với báo cáo */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            today: string;
                            period: {
                                from: string;
                                to: string;
                            };
                            queue: {
                                tickets: number;
                                open: number;
                                served: number;
                                noShow: number;
                                cancelled: number;
                                waitMedian: number | null;
                                waitP90: number | null;
                                byCounter: {
                                    counter: string;
                                    tickets: number;
                                    open: number;
                                    served: number;
                                    noShow: number;
                                    cancelled: number;
                                    waitMedian: number | null;
                                    waitP90: number | null;
                                }[];
                            };
                            satisfaction: {
                                ratings: number;
                                satisfied: number;
                                neutral: number;
                                dissatisfied: number;
                                byOfficer: {
                                    officer: string;
                                    ratings: number;
                                    satisfied: number;
                                    neutral: number;
                                    dissatisfied: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/units/{code}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị theo phòng: tiếp nhận trong tháng, đang xử lý, quá hạn, sắp đến hạn (một ngày làm việc), tỷ lệ đúng hạn của tháng; trưởng phòng chỉ thấy phòng mình */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            unitName: string;
                            period: {
                                from: string;
                                to: string;
                            };
                            total: {
                                received: number;
                                inProgress: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                resolvedOnTime: number;
                                onTimeBasisPoints: number | null;
                            };
                            rows: {
                                key: string | null;
                                name: string;
                                received: number;
                                inProgress: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                resolvedOnTime: number;
                                onTimeBasisPoints: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/units/{code}/departments/{department}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phòng theo cán bộ xử lý, cùng các số liệu; danh sách hồ sơ của cán bộ: GET /api/dossiers?unitCode=…&departmentCode=…&assigneeId=… */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    department: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            unitName: string;
                            period: {
                                from: string;
                                to: string;
                            };
                            total: {
                                received: number;
                                inProgress: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                resolvedOnTime: number;
                                onTimeBasisPoints: number | null;
                            };
                            rows: {
                                key: string | null;
                                name: string;
                                received: number;
                                inProgress: number;
                                overdue: number;
                                dueSoon: number;
                                resolved: number;
                                resolvedOnTime: number;
                                onTimeBasisPoints: number | null;
                            }[];
                            departmentCode: string;
                            departmentName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xu hướng 12 tháng gần nhất của đơn vị hoặc thành phố: tiếp nhận, giải quyết đúng hạn, giải quyết quá hạn theo tháng */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            unitName: string;
                            months: {
                                month: string;
                                received: number;
                                resolvedOnTime: number;
                                resolvedLate: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/frequent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thủ tục đơn vị tiếp nhận nhiều nhất trong 365 ngày qua (để đưa lên đầu khi tìm thủ tục) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                procedureCode: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách hồ sơ ra tệp Excel (cùng bộ lọc với danh sách hồ sơ) */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    field?: string;
                    procedureCode?: string;
                    departmentCode?: string;
                    assigneeId?: string;
                    receivedBy?: string;
                    unitCode?: string;
                    /** @description Hồ sơ chưa chuyển đến phòng, cơ quan xử lý nào (dòng "Bộ phận một cửa (chưa chuyển)" của trang tổng quan) */
                    unrouted?: "true" | "false";
                    /** @description Hồ sơ chưa phân công cho cán bộ nào (dòng "Chưa phân công" của trang tổng quan) */
                    unassigned?: "true" | "false";
                    dueBefore?: string;
                    overdue?: "true" | "false";
                    dueSoon?: "true" | "false";
                    /** @description Hồ sơ đang xử lý, không tạm dừng, có hạn giải quyết trong ngày này (YYYY-MM-DD) và chưa quá hạn ("Đến hạn hôm nay" của trang tổng quan) */
                    dueOn?: string;
                    /** @description Tiếp nhận từ ngày này (YYYY-MM-DD, kể cả ngày này) */
                    receivedFrom?: string;
                    /** @description Tiếp nhận đến ngày này (YYYY-MM-DD, kể cả ngày này) */
                    receivedTo?: string;
                    /** @description Chỉ hồ sơ đã được tiếp nhận: bỏ hồ sơ nộp trực tuyến chưa tiếp nhận và hồ sơ bị từ chối tiếp nhận (như số "tiếp nhận" của báo cáo; "Tiếp nhận trong tháng" của trang tổng quan) */
                    receivedOnly?: "true" | "false";
                    /** @description Hồ sơ cần xin lỗi, hẹn lại ("Chưa xin lỗi, hẹn lại" của trang tổng quan thành phố): đang xử lý, không tạm dừng, chưa gia hạn, hạn giải quyết chưa qua và nằm trong khoảng cảnh báo xin lỗi của đơn vị giữ hồ sơ (cài đặt giám sát của từng đơn vị) */
                    apologyOwed?: "true" | "false";
                    /** @description Kết thúc xử lý từ ngày này (YYYY-MM-DD, kể cả ngày này) */
                    closedFrom?: string;
                    /** @description Kết thúc xử lý đến ngày này (YYYY-MM-DD, kể cả ngày này) */
                    closedTo?: string;
                    /** @description Hồ sơ đã giải quyết (có kết quả: đã xử lý xong hoặc đã trả): all; đúng hạn (không có hạn, hoặc kết thúc không muộn hơn hạn giải quyết): onTime; quá hạn: late ("Xu hướng 12 tháng") */
                    resolved?: "all" | "onTime" | "late";
                    /** @description Mã hồ sơ hoặc tên người nộp (một phần, không dấu cũng được); hoặc số CCCD/định danh, số điện thoại (đúng cả số, dấu cách, dấu chấm, +84 không ảnh hưởng) */
                    q?: string;
                    /** @description Cột sắp xếp; dấu "-" phía trước là giảm dần. Mặc định: hồ sơ tiếp nhận mới nhất lên trước (-receivedAt) */
                    sort?: "receivedAt" | "-receivedAt" | "legalDueAt" | "-legalDueAt" | "appointmentDueAt" | "-appointmentDueAt" | "endedAt" | "-endedAt" | "code" | "-code" | "applicantName" | "-applicantName" | "procedureName" | "-procedureName" | "status" | "-status";
                    queue?: "viec-cua-toi" | "cho-tiep-nhan" | "cho-chuyen" | "cho-phan-cong" | "cho-xu-ly" | "cho-phe-duyet" | "cho-bo-sung" | "nghia-vu-tai-chinh" | "cho-tra";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo định kỳ của một đơn vị hoặc cả thành phố (JSON): số liệu, Biểu II.06a, theo thủ tục/phòng ban/cán bộ, hồ sơ quá hạn, chỉ số QĐ 766, đoạn văn mặc định */
        get: {
            parameters: {
                query: {
                    unit: string;
                    from: string;
                    to: string;
                    /** @description thời điểm lấy số liệu, mặc định bây giờ */
                    asOf?: string;
                    /** @description true: làm tròn tỷ lệ; mặc định cắt bớt */
                    round?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "unit" | "city";
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            units: {
                                code: string;
                                name: string;
                                kind: string;
                            }[];
                            period: {
                                from: string;
                                to: string;
                                name: string;
                                label: string;
                                /** @enum {string} */
                                convention: "calendar" | "cutoff-15";
                            };
                            asOf: string;
                            /** @enum {string} */
                            percentMode: "truncate" | "round";
                            total: {
                                received: {
                                    total: number;
                                    online: number;
                                    inPerson: number;
                                    post: number;
                                    carriedOver: number;
                                };
                                resolved: {
                                    total: number;
                                    early: number;
                                    onTime: number;
                                    overdue: number;
                                };
                                inProgress: {
                                    total: number;
                                    withinDeadline: number;
                                    overdue: number;
                                };
                                refused: number;
                                withdrawn: number;
                                refusedAtReception: number;
                                supplementRequested: number;
                                withFee: number;
                                paidOnline: number;
                                feesCollected: number;
                                feesCollectedOnline: number;
                                withResultFile: number;
                                digitized: number;
                                reused: number;
                                resultRequired: number;
                                electronicResult: number;
                                rates: {
                                    online: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    onlinePayment: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    digitization: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    reuse: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    electronicResult: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    early: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    onTime: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    refused: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    withdrawn: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    supplementRequested: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                };
                            };
                            byField: {
                                [key: string]: {
                                    received: {
                                        total: number;
                                        online: number;
                                        inPerson: number;
                                        post: number;
                                        carriedOver: number;
                                    };
                                    resolved: {
                                        total: number;
                                        early: number;
                                        onTime: number;
                                        overdue: number;
                                    };
                                    inProgress: {
                                        total: number;
                                        withinDeadline: number;
                                        overdue: number;
                                    };
                                    refused: number;
                                    withdrawn: number;
                                    refusedAtReception: number;
                                    supplementRequested: number;
                                    withFee: number;
                                    paidOnline: number;
                                    feesCollected: number;
                                    feesCollectedOnline: number;
                                    withResultFile: number;
                                    digitized: number;
                                    reused: number;
                                    resultRequired: number;
                                    electronicResult: number;
                                    rates: {
                                        online: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onlinePayment: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        digitization: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        reuse: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        electronicResult: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        early: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onTime: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        refused: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        withdrawn: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        supplementRequested: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                    };
                                };
                            };
                            formII06a: {
                                byField: {
                                    /** @enum {string} */
                                    groupBy: "field" | "unit";
                                    rows: {
                                        order: number;
                                        key: string;
                                        name: string;
                                        counts: {
                                            received: number;
                                            receivedOnline: number;
                                            receivedInPersonOrPost: number;
                                            carriedOver: number;
                                            resolved: number;
                                            resolvedEarly: number;
                                            resolvedOnTime: number;
                                            resolvedOverdue: number;
                                            inProgress: number;
                                            inProgressWithinDeadline: number;
                                            inProgressOverdue: number;
                                        };
                                    }[];
                                    total: {
                                        received: number;
                                        receivedOnline: number;
                                        receivedInPersonOrPost: number;
                                        carriedOver: number;
                                        resolved: number;
                                        resolvedEarly: number;
                                        resolvedOnTime: number;
                                        resolvedOverdue: number;
                                        inProgress: number;
                                        inProgressWithinDeadline: number;
                                        inProgressOverdue: number;
                                    };
                                };
                                byUnit?: {
                                    /** @enum {string} */
                                    groupBy: "field" | "unit";
                                    rows: {
                                        order: number;
                                        key: string;
                                        name: string;
                                        counts: {
                                            received: number;
                                            receivedOnline: number;
                                            receivedInPersonOrPost: number;
                                            carriedOver: number;
                                            resolved: number;
                                            resolvedEarly: number;
                                            resolvedOnTime: number;
                                            resolvedOverdue: number;
                                            inProgress: number;
                                            inProgressWithinDeadline: number;
                                            inProgressOverdue: number;
                                        };
                                    }[];
                                    total: {
                                        received: number;
                                        receivedOnline: number;
                                        receivedInPersonOrPost: number;
                                        carriedOver: number;
                                        resolved: number;
                                        resolvedEarly: number;
                                        resolvedOnTime: number;
                                        resolvedOverdue: number;
                                        inProgress: number;
                                        inProgressWithinDeadline: number;
                                        inProgressOverdue: number;
                                    };
                                };
                            };
                            byProcedure: {
                                key: string;
                                name: string;
                                figures: {
                                    received: {
                                        total: number;
                                        online: number;
                                        inPerson: number;
                                        post: number;
                                        carriedOver: number;
                                    };
                                    resolved: {
                                        total: number;
                                        early: number;
                                        onTime: number;
                                        overdue: number;
                                    };
                                    inProgress: {
                                        total: number;
                                        withinDeadline: number;
                                        overdue: number;
                                    };
                                    refused: number;
                                    withdrawn: number;
                                    refusedAtReception: number;
                                    supplementRequested: number;
                                    withFee: number;
                                    paidOnline: number;
                                    feesCollected: number;
                                    feesCollectedOnline: number;
                                    withResultFile: number;
                                    digitized: number;
                                    reused: number;
                                    resultRequired: number;
                                    electronicResult: number;
                                    rates: {
                                        online: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onlinePayment: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        digitization: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        reuse: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        electronicResult: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        early: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onTime: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        refused: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        withdrawn: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        supplementRequested: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                    };
                                };
                            }[];
                            byDepartment: {
                                key: string;
                                name: string;
                                figures: {
                                    received: {
                                        total: number;
                                        online: number;
                                        inPerson: number;
                                        post: number;
                                        carriedOver: number;
                                    };
                                    resolved: {
                                        total: number;
                                        early: number;
                                        onTime: number;
                                        overdue: number;
                                    };
                                    inProgress: {
                                        total: number;
                                        withinDeadline: number;
                                        overdue: number;
                                    };
                                    refused: number;
                                    withdrawn: number;
                                    refusedAtReception: number;
                                    supplementRequested: number;
                                    withFee: number;
                                    paidOnline: number;
                                    feesCollected: number;
                                    feesCollectedOnline: number;
                                    withResultFile: number;
                                    digitized: number;
                                    reused: number;
                                    resultRequired: number;
                                    electronicResult: number;
                                    rates: {
                                        online: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onlinePayment: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        digitization: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        reuse: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        electronicResult: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        early: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onTime: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        refused: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        withdrawn: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        supplementRequested: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                    };
                                };
                            }[];
                            byOfficer: {
                                key: string;
                                name: string;
                                figures: {
                                    received: {
                                        total: number;
                                        online: number;
                                        inPerson: number;
                                        post: number;
                                        carriedOver: number;
                                    };
                                    resolved: {
                                        total: number;
                                        early: number;
                                        onTime: number;
                                        overdue: number;
                                    };
                                    inProgress: {
                                        total: number;
                                        withinDeadline: number;
                                        overdue: number;
                                    };
                                    refused: number;
                                    withdrawn: number;
                                    refusedAtReception: number;
                                    supplementRequested: number;
                                    withFee: number;
                                    paidOnline: number;
                                    feesCollected: number;
                                    feesCollectedOnline: number;
                                    withResultFile: number;
                                    digitized: number;
                                    reused: number;
                                    resultRequired: number;
                                    electronicResult: number;
                                    rates: {
                                        online: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onlinePayment: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        digitization: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        reuse: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        electronicResult: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        early: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onTime: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        refused: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        withdrawn: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        supplementRequested: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                    };
                                };
                            }[];
                            byUnit?: {
                                key: string;
                                name: string;
                                figures: {
                                    received: {
                                        total: number;
                                        online: number;
                                        inPerson: number;
                                        post: number;
                                        carriedOver: number;
                                    };
                                    resolved: {
                                        total: number;
                                        early: number;
                                        onTime: number;
                                        overdue: number;
                                    };
                                    inProgress: {
                                        total: number;
                                        withinDeadline: number;
                                        overdue: number;
                                    };
                                    refused: number;
                                    withdrawn: number;
                                    refusedAtReception: number;
                                    supplementRequested: number;
                                    withFee: number;
                                    paidOnline: number;
                                    feesCollected: number;
                                    feesCollectedOnline: number;
                                    withResultFile: number;
                                    digitized: number;
                                    reused: number;
                                    resultRequired: number;
                                    electronicResult: number;
                                    rates: {
                                        online: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onlinePayment: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        digitization: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        reuse: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        electronicResult: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        early: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        onTime: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        refused: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        withdrawn: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        supplementRequested: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                    };
                                };
                            }[];
                            overdue: {
                                field: string;
                                count: number;
                                dossiers: {
                                    code: string;
                                    procedureName: string;
                                    applicantName: string;
                                    /** @enum {string} */
                                    kind: "ended" | "inProgress";
                                    status: string;
                                    receivedAt: string;
                                    legalDueAt: string;
                                    endedAt?: string;
                                    step?: {
                                        code: string;
                                        name: string;
                                        department?: string;
                                        dueAt: string;
                                    };
                                    cause: string;
                                }[];
                            }[];
                            feedback: {
                                available: boolean;
                                text: string;
                            };
                            pakn?: {
                                received: {
                                    total: number;
                                    carriedOver: number;
                                };
                                resolved: {
                                    total: number;
                                    onTime: number;
                                    overdue: number;
                                };
                                inProgress: {
                                    total: number;
                                    overdue: number;
                                };
                                published: number;
                            };
                            serviceIndex: {
                                unitCode?: string;
                                groups: {
                                    id: number;
                                    name: string;
                                    maxPoints: number;
                                    subIndicators: {
                                        id: string;
                                        name: string;
                                        group: number;
                                        computable: boolean;
                                        maxPoints: number | null;
                                        rate?: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        targetPercent?: number | null;
                                        pointsHundredths?: number | null;
                                        dossiersCostingPoints?: string[];
                                        pakn?: string[];
                                        reason?: string;
                                        note?: string;
                                    }[];
                                    pointsHundredths: number;
                                    scoredMaxPoints: number;
                                }[];
                                pointsHundredths: number;
                                scoredMaxPoints: number;
                                maxPoints: number;
                            };
                            ranking?: {
                                rank: number;
                                unitCode: string;
                                name: string;
                                received: number;
                                resolved: number;
                                onTimeBasisPoints: number | null;
                                onlineBasisPoints: number | null;
                                servicePointsHundredths: number;
                                serviceScoredMaxPoints: number;
                                serviceBasisPoints: number | null;
                            }[];
                            sections: {
                                /** @enum {string} */
                                id: "tiep-nhan" | "giai-quyet" | "qua-han" | "thanh-toan" | "so-hoa" | "pakn" | "chi-so-766" | "danh-gia" | "phuong-huong" | "kien-nghi";
                                heading: string;
                                part?: string;
                                paragraphs: string[];
                                edited: boolean;
                            }[];
                            queue?: {
                                tickets: number;
                                served: number;
                                noShow: number;
                                waitMinutes: {
                                    median: number | null;
                                    p90: number | null;
                                };
                            };
                            satisfaction?: {
                                ratings: number;
                                satisfied: number;
                                dissatisfied: number;
                            };
                            queueSection?: {
                                queueFigures: {
                                    total: {
                                        tickets: number;
                                        served: number;
                                        withDossier: number;
                                        guidanceOnly: number;
                                        noShow: number;
                                        cancelled: number;
                                        open: number;
                                        waitMinutes: {
                                            count: number;
                                            median: number | null;
                                            p90: number | null;
                                        };
                                        serviceMinutes: {
                                            count: number;
                                            median: number | null;
                                            p90: number | null;
                                        };
                                    };
                                    byHour: {
                                        [key: string]: {
                                            tickets: number;
                                            served: number;
                                            withDossier: number;
                                            guidanceOnly: number;
                                            noShow: number;
                                            cancelled: number;
                                            open: number;
                                            waitMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                            serviceMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                        };
                                    };
                                    byServiceGroup: {
                                        [key: string]: {
                                            tickets: number;
                                            served: number;
                                            withDossier: number;
                                            guidanceOnly: number;
                                            noShow: number;
                                            cancelled: number;
                                            open: number;
                                            waitMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                            serviceMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                        };
                                    };
                                    byCounter: {
                                        [key: string]: {
                                            tickets: number;
                                            served: number;
                                            withDossier: number;
                                            guidanceOnly: number;
                                            noShow: number;
                                            cancelled: number;
                                            open: number;
                                            waitMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                            serviceMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                        };
                                    };
                                    byOfficer: {
                                        [key: string]: {
                                            tickets: number;
                                            served: number;
                                            withDossier: number;
                                            guidanceOnly: number;
                                            noShow: number;
                                            cancelled: number;
                                            open: number;
                                            waitMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                            serviceMinutes: {
                                                count: number;
                                                median: number | null;
                                                p90: number | null;
                                            };
                                        };
                                    };
                                };
                                ratingFigures: {
                                    total: {
                                        ratings: number;
                                        satisfied: number;
                                        neutral: number;
                                        dissatisfied: number;
                                        satisfiedRate: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        dissatisfiedRate: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        byQuestion: {
                                            [key: string]: {
                                                satisfied: number;
                                                neutral: number;
                                                dissatisfied: number;
                                                answers: number;
                                            };
                                        };
                                    };
                                    byOfficer: {
                                        [key: string]: {
                                            ratings: number;
                                            satisfied: number;
                                            neutral: number;
                                            dissatisfied: number;
                                            satisfiedRate: {
                                                numerator: number;
                                                denominator: number;
                                                basisPoints: number | null;
                                            };
                                            dissatisfiedRate: {
                                                numerator: number;
                                                denominator: number;
                                                basisPoints: number | null;
                                            };
                                            byQuestion: {
                                                [key: string]: {
                                                    satisfied: number;
                                                    neutral: number;
                                                    dissatisfied: number;
                                                    answers: number;
                                                };
                                            };
                                        };
                                    };
                                    byDepartment: {
                                        [key: string]: {
                                            ratings: number;
                                            satisfied: number;
                                            neutral: number;
                                            dissatisfied: number;
                                            satisfiedRate: {
                                                numerator: number;
                                                denominator: number;
                                                basisPoints: number | null;
                                            };
                                            dissatisfiedRate: {
                                                numerator: number;
                                                denominator: number;
                                                basisPoints: number | null;
                                            };
                                            byQuestion: {
                                                [key: string]: {
                                                    satisfied: number;
                                                    neutral: number;
                                                    dissatisfied: number;
                                                    answers: number;
                                                };
                                            };
                                        };
                                    };
                                    byUnit: {
                                        [key: string]: {
                                            ratings: number;
                                            satisfied: number;
                                            neutral: number;
                                            dissatisfied: number;
                                            satisfiedRate: {
                                                numerator: number;
                                                denominator: number;
                                                basisPoints: number | null;
                                            };
                                            dissatisfiedRate: {
                                                numerator: number;
                                                denominator: number;
                                                basisPoints: number | null;
                                            };
                                            byQuestion: {
                                                [key: string]: {
                                                    satisfied: number;
                                                    neutral: number;
                                                    dissatisfied: number;
                                                    answers: number;
                                                };
                                            };
                                        };
                                    };
                                };
                                satisfactionIndex: {
                                    id: string;
                                    name: string;
                                    group: number;
                                    computable: boolean;
                                    maxPoints: number | null;
                                    rate?: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    targetPercent?: number | null;
                                    pointsHundredths?: number | null;
                                    dossiersCostingPoints?: string[];
                                    pakn?: string[];
                                    reason?: string;
                                    note?: string;
                                    overdue: {
                                        ratio: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        dossiers: string[];
                                    };
                                    complained: {
                                        ratio: {
                                            numerator: number;
                                            denominator: number;
                                            basisPoints: number | null;
                                        };
                                        dossiers: string[];
                                        withPakn: string[];
                                        withDissatisfiedRating: string[];
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/form-ii06a": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biểu số II.06a/VPCP/KSTT theo lĩnh vực hoặc (báo cáo thành phố) theo đơn vị */
        get: {
            parameters: {
                query: {
                    unit: string;
                    from: string;
                    to: string;
                    /** @description thời điểm lấy số liệu, mặc định bây giờ */
                    asOf?: string;
                    /** @description true: làm tròn tỷ lệ; mặc định cắt bớt */
                    round?: "true" | "false";
                    groupBy?: "field" | "unit";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            groupBy: "field" | "unit";
                            rows: {
                                order: number;
                                key: string;
                                name: string;
                                counts: {
                                    received: number;
                                    receivedOnline: number;
                                    receivedInPersonOrPost: number;
                                    carriedOver: number;
                                    resolved: number;
                                    resolvedEarly: number;
                                    resolvedOnTime: number;
                                    resolvedOverdue: number;
                                    inProgress: number;
                                    inProgressWithinDeadline: number;
                                    inProgressOverdue: number;
                                };
                            }[];
                            total: {
                                received: number;
                                receivedOnline: number;
                                receivedInPersonOrPost: number;
                                carriedOver: number;
                                resolved: number;
                                resolvedEarly: number;
                                resolvedOnTime: number;
                                resolvedOverdue: number;
                                inProgress: number;
                                inProgressWithinDeadline: number;
                                inProgressOverdue: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/service-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tự đánh giá Bộ chỉ số phục vụ (QĐ 766/QĐ-TTg): mục tiêu, điểm, hồ sơ làm mất điểm; chỉ tiêu không tính được kèm lý do */
        get: {
            parameters: {
                query: {
                    unit: string;
                    from: string;
                    to: string;
                    /** @description thời điểm lấy số liệu, mặc định bây giờ */
                    asOf?: string;
                    /** @description true: làm tròn tỷ lệ; mặc định cắt bớt */
                    round?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode?: string;
                            groups: {
                                id: number;
                                name: string;
                                maxPoints: number;
                                subIndicators: {
                                    id: string;
                                    name: string;
                                    group: number;
                                    computable: boolean;
                                    maxPoints: number | null;
                                    rate?: {
                                        numerator: number;
                                        denominator: number;
                                        basisPoints: number | null;
                                    };
                                    targetPercent?: number | null;
                                    pointsHundredths?: number | null;
                                    dossiersCostingPoints?: string[];
                                    pakn?: string[];
                                    reason?: string;
                                    note?: string;
                                }[];
                                pointsHundredths: number;
                                scoredMaxPoints: number;
                            }[];
                            pointsHundredths: number;
                            scoredMaxPoints: number;
                            maxPoints: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo định kỳ dạng Word (Nghị định 30/2020) với đoạn văn mặc định */
        get: {
            parameters: {
                query: {
                    unit: string;
                    from: string;
                    to: string;
                    /** @description thời điểm lấy số liệu, mặc định bây giờ */
                    asOf?: string;
                    /** @description true: làm tròn tỷ lệ; mặc định cắt bớt */
                    round?: "true" | "false";
                    /** @description số, ký hiệu, ví dụ 12/BC-TTPVHCC */
                    number?: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Báo cáo định kỳ dạng Word với đoạn văn đã sửa (theo mã mục), số ký hiệu, người ký, nơi nhận */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unit: string;
                        from: string;
                        to: string;
                        /** @description thời điểm lấy số liệu, mặc định bây giờ */
                        asOf?: string;
                        round?: boolean;
                        number?: string;
                        date?: string;
                        /** @description đoạn văn thay cho đoạn mặc định, theo mã mục */
                        sections?: {
                            [key: string]: string[];
                        };
                        signature?: {
                            titleLines: string[];
                            name?: string;
                        };
                        recipients?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các bảng số liệu của báo cáo định kỳ dạng Excel */
        get: {
            parameters: {
                query: {
                    unit: string;
                    from: string;
                    to: string;
                    /** @description thời điểm lấy số liệu, mặc định bây giờ */
                    asOf?: string;
                    /** @description true: làm tròn tỷ lệ; mặc định cắt bớt */
                    round?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các trường nhận biết khi nhập và các trạng thái (cho màn hình cấu hình cột) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fields: {
                                field: string;
                                label: string;
                            }[];
                            statuses: {
                                status: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước tệp nhập (multipart: file, source, unitCode?): dòng tiêu đề, cột nhận ra, 10 dòng đầu; không ghi gì */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "xlsx" | "csv";
                            mapping: {
                                headerRow: number;
                                columns: {
                                    index: number;
                                    header: string;
                                    /** @enum {string} */
                                    field?: "code" | "procedureCode" | "procedureName" | "field" | "applicantName" | "applicantAddress" | "applicantPhone" | "applicantIdNumber" | "channel" | "receivedAt" | "dueAt" | "resultAt" | "returnedAt" | "status" | "fee" | "paidOnline" | "department" | "unit" | "forwardedAt" | "forwardedTo" | "supplementRequestedAt" | "supplementReceivedAt" | "extendedAt" | "step";
                                    fieldLabel?: string;
                                }[];
                                extraColumns: string[];
                            };
                            missingFields: {
                                /** @enum {string} */
                                field: "code" | "procedureCode" | "procedureName" | "field" | "applicantName" | "applicantAddress" | "applicantPhone" | "applicantIdNumber" | "channel" | "receivedAt" | "dueAt" | "resultAt" | "returnedAt" | "status" | "fee" | "paidOnline" | "department" | "unit" | "forwardedAt" | "forwardedTo" | "supplementRequestedAt" | "supplementReceivedAt" | "extendedAt" | "step";
                                label: string;
                            }[];
                            rows: {
                                row: number;
                                cells: {
                                    [key: string]: string;
                                };
                                record?: {
                                    [key: string]: string | number | boolean;
                                };
                                problems?: {
                                    column: string;
                                    value: string;
                                    reason: string;
                                }[];
                            }[];
                            totals?: {
                                rows: number;
                                rejected: number;
                                problems: {
                                    column: string;
                                    value: string;
                                    reason: string;
                                    row: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần nhập gần đây (50) của các đơn vị người dùng được nhập */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                source: string;
                                kind: string;
                                fileName: string | null;
                                unitCode: string | null;
                                /** @enum {string} */
                                status: "running" | "done" | "failed" | "cancelled";
                                statusName: string;
                                cancelRequested: boolean;
                                rows: number;
                                created: number;
                                updated: number;
                                unchanged: number;
                                rejected: number;
                                bytesRead: number;
                                bytesTotal: number;
                                percent: number;
                                message: string | null;
                                mapping?: unknown;
                                startedAt: string;
                                finishedAt: string | null;
                                errorReportUrl: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Nhập tệp (multipart: file, source, unitCode?, unitName?): chạy nền, theo dõi bằng GET /api/imports/{id} */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            source: string;
                            kind: string;
                            fileName: string | null;
                            unitCode: string | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed" | "cancelled";
                            statusName: string;
                            cancelRequested: boolean;
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            bytesRead: number;
                            bytesTotal: number;
                            percent: number;
                            message: string | null;
                            mapping?: unknown;
                            startedAt: string;
                            finishedAt: string | null;
                            errorReportUrl: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ và kết quả một lần nhập */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            source: string;
                            kind: string;
                            fileName: string | null;
                            unitCode: string | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed" | "cancelled";
                            statusName: string;
                            cancelRequested: boolean;
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            bytesRead: number;
                            bytesTotal: number;
                            percent: number;
                            message: string | null;
                            mapping?: unknown;
                            startedAt: string;
                            finishedAt: string | null;
                            errorReportUrl: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy một lần nhập đang chạy: dừng ở lô kế tiếp, các lô đã ghi được giữ nguyên */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            source: string;
                            kind: string;
                            fileName: string | null;
                            unitCode: string | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed" | "cancelled";
                            statusName: string;
                            cancelRequested: boolean;
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            bytesRead: number;
                            bytesTotal: number;
                            percent: number;
                            message: string | null;
                            mapping?: unknown;
                            startedAt: string;
                            finishedAt: string | null;
                            errorReportUrl: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo lỗi của một lần nhập (dòng, cột, giá trị, lý do), CSV hoặc XLSX */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấu hình cột theo hệ thống nguồn: của đơn vị người dùng và các cấu hình dùng chung (quản trị: tất cả) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                source: string;
                                unitCode: string | null;
                                columns: {
                                    [key: string]: string;
                                };
                                statuses: {
                                    [key: string]: string;
                                };
                                defaultUnitCode: string | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-profiles/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấu hình cột của một hệ thống nguồn, cho một đơn vị (?unitCode=) hoặc dùng chung */
        get: {
            parameters: {
                query?: {
                    /** @description Đơn vị của cấu hình; bỏ trống: đơn vị của lãnh đạo Trung tâm, hoặc cấu hình dùng chung (quản trị) */
                    unitCode?: string;
                };
                header?: never;
                path: {
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: string;
                            unitCode: string | null;
                            columns: {
                                [key: string]: string;
                            };
                            statuses: {
                                [key: string]: string;
                            };
                            defaultUnitCode: string | null;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        /** Lưu cấu hình cột của một hệ thống nguồn cho một đơn vị (?unitCode=; lãnh đạo Trung tâm: đơn vị mình) hoặc dùng chung (quản trị): trường → tiêu đề cột; cách ghi trạng thái riêng → trạng thái */
        put: {
            parameters: {
                query?: {
                    /** @description Đơn vị của cấu hình; bỏ trống: đơn vị của lãnh đạo Trung tâm, hoặc cấu hình dùng chung (quản trị) */
                    unitCode?: string;
                };
                header?: never;
                path: {
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        columns?: {
                            [key: string]: string;
                        };
                        /** @default {} */
                        statuses?: {
                            [key: string]: "submitted" | "received" | "processing" | "supplement" | "financial" | "processed" | "returned" | "refused_reception" | "refused" | "stopped" | "withdrawn";
                        };
                        /** @default null */
                        defaultUnitCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: string;
                            unitCode: string | null;
                            columns: {
                                [key: string]: string;
                            };
                            statuses: {
                                [key: string]: string;
                            };
                            defaultUnitCode: string | null;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Xóa cấu hình cột của một đơn vị hoặc dùng chung (trở về cấu hình dùng chung, hoặc nhận biết tự động) */
        delete: {
            parameters: {
                query?: {
                    /** @description Đơn vị của cấu hình; bỏ trống: đơn vị của lãnh đạo Trung tâm, hoặc cấu hình dùng chung (quản trị) */
                    unitCode?: string;
                };
                header?: never;
                path: {
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/source-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa API của các hệ thống nguồn (không hiện khóa) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                source: string;
                                name: string;
                                keyPrefix: string;
                                unitCode: string;
                                unitCodes: string[] | null;
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo khóa API cho một hệ thống nguồn, gắn với một đơn vị (hoặc một danh sách đơn vị); khóa chỉ hiện một lần */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        source: string;
                        /** @description Đơn vị của khóa: hồ sơ không ghi đơn vị thuộc đơn vị này */
                        unitCode: string;
                        /** @description Các đơn vị khóa được ghi hồ sơ (gồm cả unitCode); bỏ trống: chỉ unitCode */
                        unitCodes?: string[];
                        /** @description Tên khóa, ghi kèm mọi sự kiện khóa tạo ra; mặc định: tên hệ thống nguồn */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            source: string;
                            name: string;
                            keyPrefix: string;
                            unitCode: string;
                            unitCodes: string[] | null;
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            key: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/source-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Thu hồi khóa API */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hệ thống khác đẩy một lô hồ sơ (tối đa 1000); xác thực bằng khóa API (X-Api-Key hoặc Authorization: Bearer)
         * @description Mỗi phần tử là trạng thái hiện tại của một hồ sơ ở hệ thống nguồn. Cùng quy tắc gộp và chống trùng như nhập tệp: gửi lại không đổi gì; trạng thái mới hơn thêm sự kiện; cùng mã hồ sơ từ hai nguồn là một hồ sơ.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description Mã bản ghi trong hệ thống nguồn (lưu kèm sự kiện) */
                            eventId?: string;
                            /** @description Mã hồ sơ, có hoặc không có tiền tố mã đơn vị */
                            dossierCode: string;
                            unitCode?: string;
                            procedureCode?: string;
                            procedureName?: string;
                            field?: string;
                            applicant?: {
                                name?: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                            };
                            /** @description Trực tiếp / Trực tuyến / Bưu chính, hoặc 1 / 2 / 3 */
                            channel?: string;
                            /** @description Giờ Việt Nam: 2026-03-02T08:30, 02/03/2026 08:30, hoặc ISO có múi giờ */
                            receivedAt?: string;
                            dueAt?: string;
                            resultAt?: string;
                            returnedAt?: string;
                            /** @description Trạng thái như hệ thống nguồn ghi, hoặc mã trạng thái quốc gia 1–10 */
                            status?: string | number;
                            fee?: number | string;
                            paidOnline?: boolean | string;
                            department?: string;
                            extra?: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                            rows: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            rejectedItems: {
                                index: number;
                                field: string;
                                value: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/kiosk/{unitCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiosk: nhóm dịch vụ, nhóm ưu tiên của đơn vị và giờ cấp số (công khai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            unitName: string;
                            open: boolean;
                            message: string | null;
                            groups: {
                                code: string;
                                name: string;
                            }[];
                            priorityGroups: {
                                code: string;
                                name: string;
                                description: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/kiosk/{unitCode}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiosk: lấy số thứ tự (công khai, giới hạn số lần mỗi phút) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        serviceGroup: string;
                        priorityGroup?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            unitCode: string;
                            unitName: string;
                            label: string;
                            groupName: string;
                            priorityName: string | null;
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "served" | "missed" | "cancelled";
                            statusName: string;
                            issuedAt: string;
                            ahead: number | null;
                            waitMinutes: number | null;
                            waitText: string | null;
                            expectedAt: string | null;
                            counter: number | null;
                            call: string | null;
                            mayRate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang theo dõi số thứ tự (mã QR trên phiếu; công khai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            unitCode: string;
                            unitName: string;
                            label: string;
                            groupName: string;
                            priorityName: string | null;
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "served" | "missed" | "cancelled";
                            statusName: string;
                            issuedAt: string;
                            ahead: number | null;
                            waitMinutes: number | null;
                            waitText: string | null;
                            expectedAt: string | null;
                            counter: number | null;
                            call: string | null;
                            mayRate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/board/{unitCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Màn hình phòng chờ: số đang mời tại từng quầy và các lượt mời gần nhất (công khai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitName: string;
                            now: string;
                            counters: {
                                number: number;
                                name: string;
                                open: boolean;
                                current: {
                                    label: string;
                                    counter: number;
                                    calledAt: string;
                                    recalls: number;
                                    display: string;
                                    speech: string;
                                } | null;
                            }[];
                            lastCalls: {
                                label: string;
                                counter: number;
                                calledAt: string;
                                recalls: number;
                                display: string;
                                speech: string;
                            }[];
                            waiting: {
                                code: string;
                                name: string;
                                waiting: number;
                            }[];
                            signature: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/board/{unitCode}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng trực tiếp của màn hình phòng chờ (Server-Sent Events; công khai)
         * @description Luồng sự kiện (`text/event-stream`) cho màn hình phòng chờ: sự kiện `ready` khi đã sẵn sàng, rồi mỗi khi hàng đợi của đơn vị thay đổi (cấp số, mời, mời lại, phục vụ xong…) một sự kiện `change` với `data` `{"kind":"queue","unitCode":…}`, hoặc `{"kind":"resync"}` khi cần tải lại. Sự kiện không chứa số thứ tự hay dữ liệu nào của người dân: màn hình tải lại `GET /api/queue/board/{unitCode}`. Mỗi tiến trình giữ tối đa 200 luồng, mỗi địa chỉ 8 luồng (quá thì 429).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Luồng sự kiện */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng điều khiển quầy của công chức: quầy đang mở, số đang phục vụ, số kế tiếp, danh sách lỡ lượt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            recallLimit: number;
                            counters: {
                                number: number;
                                name: string;
                                groups: string[];
                                /** @enum {string|null} */
                                openBy: "me" | "other" | null;
                            }[];
                            groups: {
                                code: string;
                                name: string;
                                waiting: number;
                            }[];
                            session: {
                                counter: number;
                                groups: string[];
                                takesOtherGroups: boolean;
                            } | null;
                            current: {
                                id: string;
                                label: string;
                                /** @enum {string} */
                                status: "waiting" | "called" | "serving" | "served" | "missed" | "cancelled";
                                statusName: string;
                                groupName: string;
                                priorityName: string | null;
                                issuedAt: string;
                                calledAt: string | null;
                                recalls: number;
                                recallLimit: number;
                                announcement: string | null;
                            } | null;
                            next: {
                                id: string;
                                label: string;
                                groupName: string;
                                priority: boolean;
                            }[];
                            missed: {
                                id: string;
                                label: string;
                                groupName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/counter/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở quầy với các nhóm dịch vụ của quầy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        counter: number;
                        groups?: string[];
                        takesOtherGroups?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counter: number;
                            groups: string[];
                            takesOtherGroups: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/counter/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đóng quầy (khi quầy không còn giữ số nào) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/counter/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gọi số tiếp theo cho quầy đang mở (một giao dịch; hai quầy không bao giờ gọi trùng một số) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ticket: {
                                id: string;
                                label: string;
                                /** @enum {string} */
                                status: "waiting" | "called" | "serving" | "served" | "missed" | "cancelled";
                                statusName: string;
                                groupName: string;
                                priorityName: string | null;
                                issuedAt: string;
                                calledAt: string | null;
                                recalls: number;
                                recallLimit: number;
                                announcement: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/tickets/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thao tác trên số thứ tự: mời lại, vắng mặt, bắt đầu phục vụ, hoàn thành (mã hồ sơ hoặc chỉ hướng dẫn), chuyển, hủy, xếp hàng lại */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "recall" | "no_show" | "start" | "serve" | "transfer" | "cancel" | "rejoin";
                        outcome?: {
                            /** @enum {string} */
                            kind: "dossiers";
                            dossierCodes: string[];
                        } | {
                            /** @enum {string} */
                            kind: "guidance";
                        };
                        toGroup?: string;
                        toCounter?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            label: string;
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "served" | "missed" | "cancelled";
                            statusName: string;
                            groupName: string;
                            priorityName: string | null;
                            issuedAt: string;
                            calledAt: string | null;
                            recalls: number;
                            recallLimit: number;
                            announcement: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phiếu đánh giá của một lượt phục vụ (mã QR trên phiếu số) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ticketId: string | null;
                            label: string | null;
                            unitName: string;
                            closedReason: string | null;
                            questions: {
                                code: string;
                                text: string;
                                criterion: string;
                                required: boolean;
                            }[];
                            scale: {
                                code: string;
                                label: string;
                                sentiment: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Gửi đánh giá (ẩn danh, mỗi lượt phục vụ một lần) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "counter_tablet" | "ticket_qr";
                        answers: {
                            question: string;
                            level: string;
                        }[];
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sentiment: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/counters/{unitCode}/{counter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Máy tính bảng tại quầy: phiếu đánh giá của lượt vừa phục vụ xong (nếu chưa đánh giá) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitCode: string;
                    counter: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ticketId: string | null;
                            label: string | null;
                            unitName: string;
                            closedReason: string | null;
                            questions: {
                                code: string;
                                text: string;
                                criterion: string;
                                required: boolean;
                            }[];
                            scale: {
                                code: string;
                                label: string;
                                sentiment: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ tiếp nhận phản ánh, kiến nghị, với tình trạng thời hạn */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    class?: "rules_and_procedures" | "officer_conduct";
                    channel?: "in_person" | "phone" | "letter" | "email" | "public_form" | "national_portal" | "suggestion_box" | "survey_form";
                    unitCode?: string;
                    overdue?: "true" | "false";
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            page: number;
                            pageSize: number;
                            items: {
                                code: string;
                                unitCode: string;
                                /** @enum {string} */
                                status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                                statusName: string;
                                kindName: string;
                                channel: string;
                                channelName: string;
                                class: string | null;
                                className: string | null;
                                senderName: string;
                                receivedAt: string | null;
                                dueAt: string | null;
                                endedAt: string | null;
                                publishedAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Vào sổ tiếp nhận phản ánh, kiến nghị (mọi kênh) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "in_person" | "phone" | "letter" | "email" | "public_form" | "national_portal" | "suggestion_box" | "survey_form";
                        /**
                         * @default reflection
                         * @enum {string}
                         */
                        kind?: "reflection" | "recommendation";
                        sender: {
                            /** @enum {string} */
                            kind: "individual" | "organization";
                            name?: string;
                            idNumber?: string;
                            phone?: string;
                            email?: string;
                            address?: string;
                        };
                        title?: string;
                        content: string;
                        concerns?: {
                            dossierCode?: string;
                            officerId?: string;
                            departmentCode?: string;
                        };
                        receivedAt?: string;
                        externalCode?: string;
                        transferredFrom?: string;
                        notices?: {
                            consents?: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                address: string;
                                /** @default true */
                                granted?: boolean;
                            }[];
                            /** @enum {string} */
                            preferred?: "email" | "sms" | "zalo";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết phản ánh, kiến nghị: lịch sử, thời hạn, thao tác được phép */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/reply.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản trả lời phản ánh, kiến nghị (DOCX, thể thức NĐ 30/2020) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phân loại phản ánh, kiến nghị (quy định, thủ tục hay hành vi cán bộ; thuộc hay không thuộc thẩm quyền) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @enum {string} */
                        class: "rules_and_procedures" | "officer_conduct";
                        /** @enum {string} */
                        competence: "within_competence" | "outside_competence";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/not-accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Không tiếp nhận phản ánh, kiến nghị (ghi rõ lý do, NĐ 20 Điều 7) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @enum {string} */
                        reason: "missing_sender_information" | "unclear_content" | "not_in_vietnamese" | "complaint_or_denunciation" | "out_of_scope" | "duplicate" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/request-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đề nghị người gửi bổ sung thông tin (tạm dừng thời hạn) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        request: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/receive-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận thông tin bổ sung của người gửi */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Giao cán bộ, phòng xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        handlerId: string;
                        departmentCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/draft-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dự thảo văn bản trả lời */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        answer: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành văn bản trả lời, xử lý xong */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        answer: string;
                        /** @enum {string} */
                        result: "explained" | "rule_amended" | "rule_amendment_recommended" | "rule_issued" | "conduct_confirmed" | "conduct_partly_confirmed" | "conduct_unfounded";
                        documentNumber?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển cơ quan có thẩm quyền xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        to: string;
                        documentNumber?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công khai kết quả xử lý (không có thông tin cá nhân của người gửi) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        summary: string;
                        answer: string;
                        places?: ("public_site" | "national_portal" | "notice_board" | "letter_to_sender" | "mass_media")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/record-satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận đánh giá của người gửi về kết quả xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @enum {string} */
                        vote: "like" | "dislike";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/record-follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận phản ánh tiếp về kết quả xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        content: string;
                        newPaknCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đôn đốc xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        /** @enum {string} */
                        clock: "refuse" | "request_information" | "forward" | "resolve" | "publish";
                        level: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người gửi rút phản ánh, kiến nghị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            unitCode: string;
                            /** @enum {string} */
                            status: "registered" | "awaiting_information" | "in_handling" | "awaiting_forwarding" | "awaiting_publication" | "published" | "not_accepted" | "forwarded" | "withdrawn";
                            statusName: string;
                            kind: string;
                            kindName: string;
                            channel: string;
                            channelName: string;
                            source: string;
                            externalCode: string | null;
                            sender: {
                                kind: string;
                                name?: string;
                                idNumber?: string;
                                phone?: string;
                                email?: string;
                                address?: string;
                            };
                            personalDataVisible: boolean;
                            title: string | null;
                            content: string | null;
                            concerns: {
                                dossierCode?: string;
                                officerId?: string;
                                departmentCode?: string;
                            };
                            class: string | null;
                            className: string | null;
                            outcome: string | null;
                            outcomeName: string | null;
                            notAcceptedReasonName: string | null;
                            receivedAt: string | null;
                            registeredAt: string | null;
                            dueAt: string | null;
                            paused: boolean;
                            handlerId: string | null;
                            departmentCode: string | null;
                            draftAnswer: string | null;
                            answer: {
                                at: string | null;
                                answer: string;
                                result: string;
                                resultName: string;
                                documentNumber: string | null;
                            } | null;
                            forwarding: {
                                at: string | null;
                                to: string;
                                documentNumber: string | null;
                            } | null;
                            publication: {
                                at: string | null;
                                summary: string;
                                answer: string;
                            } | null;
                            endedAt: string | null;
                            endKind: string | null;
                            likes: number;
                            dislikes: number;
                            /** @enum {string|null} */
                            level: "on-track" | "due-soon" | "overdue" | null;
                            clocks: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "duty" | "window";
                                status: string;
                                statusName: string;
                                limitWorkingDays: number;
                                startedAt: string | null;
                                dueAt: string | null;
                                paused: boolean;
                                /** @enum {string|null} */
                                level: "on-track" | "due-soon" | "overdue" | null;
                            }[];
                            history: {
                                seq: number;
                                type: string;
                                name: string;
                                at: string | null;
                                actorId: string;
                                actorRole: string;
                                source: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/pakn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách phản ánh, kiến nghị đã xử lý và công khai (không có thông tin cá nhân) */
        get: {
            parameters: {
                query?: {
                    unitCode?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                code: string;
                                unitCode: string;
                                kindName: string;
                                status: string;
                                statusName: string;
                                receivedAt: string | null;
                                className: string | null;
                                dueAt: string | null;
                                resolvedAt: string | null;
                                published: {
                                    at: string | null;
                                    summary: string;
                                    answer: string;
                                    resultName: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Gửi phản ánh, kiến nghị qua biểu mẫu công khai (không cần đăng nhập; giới hạn 5 lần mỗi phút) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitCode: string;
                        /**
                         * @default reflection
                         * @enum {string}
                         */
                        kind?: "reflection" | "recommendation";
                        sender: {
                            /** @enum {string} */
                            kind: "individual" | "organization";
                            name?: string;
                            idNumber?: string;
                            phone?: string;
                            email?: string;
                            address?: string;
                        };
                        title?: string;
                        content: string;
                        dossierCode?: string;
                        notices?: {
                            consents?: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                address: string;
                                /** @default true */
                                granted?: boolean;
                            }[];
                            /** @enum {string} */
                            preferred?: "email" | "sms" | "zalo";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            statusName: string;
                            receivedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/pakn-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đơn vị nhận phản ánh, kiến nghị qua biểu mẫu công khai */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/pakn/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Theo dõi một phản ánh, kiến nghị bằng mã số (chỉ trạng thái, ngày và kết quả đã công khai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            unitCode: string;
                            kindName: string;
                            status: string;
                            statusName: string;
                            receivedAt: string | null;
                            className: string | null;
                            dueAt: string | null;
                            resolvedAt: string | null;
                            published: {
                                at: string | null;
                                summary: string;
                                answer: string;
                                resultName: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/lookup/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu tình trạng hồ sơ bằng mã tra cứu in trên mã QR (không cần đăng nhập; không có thông tin cá nhân) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            procedure: {
                                code: string;
                                name: string;
                            };
                            unitName: string;
                            submittedAt?: {
                                iso: string;
                                text: string;
                            };
                            receivedAt?: {
                                iso: string;
                                text: string;
                            };
                            legalDueAt?: {
                                iso: string;
                                text: string;
                            };
                            extension?: {
                                newDueAt: {
                                    iso: string;
                                    text: string;
                                };
                                reason: string;
                                apology: string;
                            };
                            status: {
                                code: number;
                                label: string;
                                explanation: string;
                            };
                            endedAt?: {
                                iso: string;
                                text: string;
                            };
                            steps: {
                                /** @enum {string} */
                                kind: "reception" | "processing" | "review" | "approval" | "return";
                                label: string;
                                /** @enum {string} */
                                state: "done" | "active" | "pending";
                            }[];
                            currentStep?: {
                                number: number;
                                of: number;
                                label: string;
                            };
                            supplement?: {
                                requestedAt: {
                                    iso: string;
                                    text: string;
                                };
                                items: string[];
                                reason?: string;
                                /** @enum {string} */
                                clock: "paused" | "not_started";
                                explanation: string;
                            };
                            result?: {
                                readyAt: {
                                    iso: string;
                                    text: string;
                                };
                                electronic: boolean;
                                collect: string;
                                returnedAt?: {
                                    iso: string;
                                    text: string;
                                };
                                returnMethod?: string;
                            };
                            fee: {
                                amount: number;
                                paid: number;
                                /** @enum {string} */
                                state: "none" | "due" | "paid";
                                text: string;
                            };
                            contact?: {
                                hotline: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        factor: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            procedure: {
                                code: string;
                                name: string;
                            };
                            unitName: string;
                            submittedAt?: {
                                iso: string;
                                text: string;
                            };
                            receivedAt?: {
                                iso: string;
                                text: string;
                            };
                            legalDueAt?: {
                                iso: string;
                                text: string;
                            };
                            extension?: {
                                newDueAt: {
                                    iso: string;
                                    text: string;
                                };
                                reason: string;
                                apology: string;
                            };
                            status: {
                                code: number;
                                label: string;
                                explanation: string;
                            };
                            endedAt?: {
                                iso: string;
                                text: string;
                            };
                            steps: {
                                /** @enum {string} */
                                kind: "reception" | "processing" | "review" | "approval" | "return";
                                label: string;
                                /** @enum {string} */
                                state: "done" | "active" | "pending";
                            }[];
                            currentStep?: {
                                number: number;
                                of: number;
                                label: string;
                            };
                            supplement?: {
                                requestedAt: {
                                    iso: string;
                                    text: string;
                                };
                                items: string[];
                                reason?: string;
                                /** @enum {string} */
                                clock: "paused" | "not_started";
                                explanation: string;
                            };
                            result?: {
                                readyAt: {
                                    iso: string;
                                    text: string;
                                };
                                electronic: boolean;
                                collect: string;
                                returnedAt?: {
                                    iso: string;
                                    text: string;
                                };
                                returnMethod?: string;
                            };
                            fee: {
                                amount: number;
                                paid: number;
                                /** @enum {string} */
                                state: "none" | "due" | "paid";
                                text: string;
                            };
                            contact?: {
                                hotline: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/public-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Địa chỉ công khai của trang tra cứu mà văn bản của đơn vị in ra (mã QR), nguồn của nó và các cảnh báo (địa chỉ máy chủ, mạng nội bộ…) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            /** @enum {string} */
                            source: "unit" | "environment" | "server";
                            warnings: {
                                /** @enum {string} */
                                issue: "invalid" | "loopback" | "private_network" | "not_https";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/notice-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mẫu thông báo của đơn vị (mỗi loại thông báo và kênh: mẫu riêng của đơn vị hoặc mẫu mặc định), với các trường được dùng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                                kindName: string;
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                channelName: string;
                                custom: boolean;
                                updatedAt: string | null;
                                template: {
                                    /** @enum {string} */
                                    channel: "email" | "sms" | "zalo";
                                    /** @enum {string} */
                                    kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                                    subject?: string;
                                    body?: string;
                                    templateId?: string;
                                    params?: {
                                        key: string;
                                        value: string;
                                        maxLength: number;
                                    }[];
                                    sample?: string;
                                };
                                fields: {
                                    name: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/notice-templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước một mẫu thông báo đang sửa, với dữ liệu mẫu hoặc dữ liệu của một hồ sơ của đơn vị; liệt kê các lỗi cần sửa */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        template: {
                            /** @enum {string} */
                            channel: "email" | "sms" | "zalo";
                            /** @enum {string} */
                            kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                            subject?: string;
                            body?: string;
                            templateId?: string;
                            params?: {
                                key: string;
                                value: string;
                                maxLength: number;
                            }[];
                            sample?: string;
                        };
                        dossierCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            valid: boolean;
                            problems: string[];
                            missing: string[];
                            warnings: string[];
                            rendered?: {
                                /** @enum {string} */
                                channel: "email";
                                subject: string;
                                text: string;
                            } | {
                                /** @enum {string} */
                                channel: "sms";
                                text: string;
                                length: {
                                    /** @enum {string} */
                                    encoding: "gsm7" | "ucs2";
                                    units: number;
                                    parts: number;
                                };
                            } | {
                                /** @enum {string} */
                                channel: "zalo";
                                templateId: string;
                                data: {
                                    [key: string]: string;
                                };
                            };
                            sms?: {
                                withDiacritics: {
                                    /** @enum {string} */
                                    encoding: "gsm7" | "ucs2";
                                    units: number;
                                    parts: number;
                                };
                                withoutDiacritics: {
                                    /** @enum {string} */
                                    encoding: "gsm7" | "ucs2";
                                    units: number;
                                    parts: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/notice-templates/{kind}/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Lưu mẫu thông báo riêng của đơn vị cho một loại thông báo và kênh (thay mẫu mặc định) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                    channel: "email" | "sms" | "zalo";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        template: {
                            /** @enum {string} */
                            channel: "email" | "sms" | "zalo";
                            /** @enum {string} */
                            kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                            subject?: string;
                            body?: string;
                            templateId?: string;
                            params?: {
                                key: string;
                                value: string;
                                maxLength: number;
                            }[];
                            sample?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                            kindName: string;
                            /** @enum {string} */
                            channel: "email" | "sms" | "zalo";
                            channelName: string;
                            custom: boolean;
                            updatedAt: string | null;
                            template: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                /** @enum {string} */
                                kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                                subject?: string;
                                body?: string;
                                templateId?: string;
                                params?: {
                                    key: string;
                                    value: string;
                                    maxLength: number;
                                }[];
                                sample?: string;
                            };
                            fields: {
                                name: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Bỏ mẫu riêng của đơn vị, dùng lại mẫu thông báo mặc định */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                    channel: "email" | "sms" | "zalo";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                            kindName: string;
                            /** @enum {string} */
                            channel: "email" | "sms" | "zalo";
                            channelName: string;
                            custom: boolean;
                            updatedAt: string | null;
                            template: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                /** @enum {string} */
                                kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                                subject?: string;
                                body?: string;
                                templateId?: string;
                                params?: {
                                    key: string;
                                    value: string;
                                    maxLength: number;
                                }[];
                                sample?: string;
                            };
                            fields: {
                                name: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các thông báo đã gửi hoặc chờ gửi cho người nộp hồ sơ, với từng lần gửi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                /** @enum {string} */
                                status: "queued" | "sending" | "sent" | "failed" | "parked" | "skipped";
                                recipient: string;
                                skipReason: string | null;
                                attempts: number;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                lastError: string | null;
                                fallbackOf: string | null;
                                resend: boolean;
                                createdAt: string;
                                history: {
                                    attempt: number;
                                    /** @enum {string} */
                                    outcome: "sent" | "failed" | "parked";
                                    permanent: boolean;
                                    reason: string | null;
                                    at: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pakn/{code}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các thông báo đã gửi hoặc chờ gửi cho người gửi phản ánh, kiến nghị (trả lời, không tiếp nhận, chuyển), với từng lần gửi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "receipt" | "supplement_request" | "refusal" | "stop" | "extension" | "result_ready" | "pakn_reply" | "pakn_not_accepted" | "pakn_forwarded";
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                /** @enum {string} */
                                status: "queued" | "sending" | "sent" | "failed" | "parked" | "skipped";
                                recipient: string;
                                skipReason: string | null;
                                attempts: number;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                lastError: string | null;
                                fallbackOf: string | null;
                                resend: boolean;
                                createdAt: string;
                                history: {
                                    attempt: number;
                                    /** @enum {string} */
                                    outcome: "sent" | "failed" | "parked";
                                    permanent: boolean;
                                    reason: string | null;
                                    at: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi lại một thông báo (đã gửi hoặc đã dừng gửi) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/notice-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấu hình kênh gửi thông báo của đơn vị (thư điện tử, SMS, Zalo); mật khẩu và khóa được che */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email?: {
                                [key: string]: unknown;
                            };
                            sms?: {
                                [key: string]: unknown;
                            };
                            zalo?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        /** Đặt cấu hình kênh gửi thông báo của đơn vị; kênh không có trong cấu hình là kênh tắt */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: {
                            [key: string]: unknown;
                        };
                        sms?: {
                            [key: string]: unknown;
                        };
                        zalo?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email?: {
                                [key: string]: unknown;
                            };
                            sms?: {
                                [key: string]: unknown;
                            };
                            zalo?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/notice-channels/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi thử một thư hoặc tin nhắn qua kênh thư điện tử hoặc SMS đã lưu của đơn vị, tới địa chỉ người cấu hình nhập */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: boolean;
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/notice-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sự đồng ý nhận thông báo của người nộp hồ sơ theo từng kênh, và kênh ưu tiên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string|null} */
                            preferred: "email" | "sms" | "zalo" | null;
                            channels: ({
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                granted: boolean;
                                address: string;
                                at: string | null;
                                textVersion: string;
                            } | {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                /** @enum {string|null} */
                                granted: null;
                            })[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        /** Ghi nhận người nộp hồ sơ đồng ý hoặc rút lại đồng ý nhận thông báo qua một kênh, hoặc đổi kênh ưu tiên */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consents?: {
                            /** @enum {string} */
                            channel: "email" | "sms" | "zalo";
                            address: string;
                            /** @default true */
                            granted?: boolean;
                        }[];
                        /** @enum {string} */
                        preferred?: "email" | "sms" | "zalo";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string|null} */
                            preferred: "email" | "sms" | "zalo" | null;
                            channels: ({
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                granted: boolean;
                                address: string;
                                at: string | null;
                                textVersion: string;
                            } | {
                                /** @enum {string} */
                                channel: "email" | "sms" | "zalo";
                                /** @enum {string|null} */
                                granted: null;
                            })[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng thay đổi trực tuyến (Server-Sent Events) trong phạm vi người xem
         * @description Luồng sự kiện (Server-Sent Events, `text/event-stream`): mỗi khi có thay đổi trong phạm vi người xem được biết (hồ sơ tiếp nhận, chuyển bước, trả kết quả…, ở bất kỳ tiến trình máy chủ nào dùng chung cơ sở dữ liệu), máy chủ gửi một sự kiện `change` với `data` là JSON: `{"kind":"dossiers","unitCode":…,"dossiers":[{"code":…,"events":[…]}]}`, `{"kind":"bulk","unitCode":…}`, `{"kind":"alerts","unitCode":…}`, `{"kind":"queue","unitCode":…,"ticket":{"label":"1001","status":"called"}|null,"counter":2|null}` (hàng đợi của đơn vị: chỉ số thứ tự và quầy) hoặc `{"kind":"resync"}` (tải lại tất cả). Sự kiện không chứa dữ liệu cá nhân của công dân. Sự kiện `ready` khi luồng đã sẵn sàng. Luồng kết thúc khi phiên đăng nhập kết thúc; trình duyệt (EventSource) tự kết nối lại.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Luồng sự kiện */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cảnh báo gửi tôi: chưa xác nhận trước, mới nhất trước; số cảnh báo chưa xác nhận */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            open: number;
                            items: {
                                id: number;
                                /** @enum {string} */
                                subject: "dossier" | "pakn";
                                code: string;
                                stepCode: string | null;
                                rungId: string;
                                trigger: string;
                                reason: string;
                                text: string;
                                addresseeNames: string[];
                                dueAt: string | null;
                                raisedAt: string | null;
                                acknowledgedAt: string | null;
                                acknowledgedByName: string | null;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận đã nhận cảnh báo (chỉ người nhận; xác nhận lại của chính mình: 200 không đổi; người khác đã xác nhận: 409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            subject: "dossier" | "pakn";
                            code: string;
                            stepCode: string | null;
                            rungId: string;
                            trigger: string;
                            reason: string;
                            text: string;
                            addresseeNames: string[];
                            dueAt: string | null;
                            raisedAt: string | null;
                            acknowledgedAt: string | null;
                            acknowledgedByName: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{code}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cảnh báo của hồ sơ và việc xác nhận, bằng lời, theo thời gian */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                alertId: number;
                                /** @enum {string} */
                                kind: "raised" | "acknowledged";
                                at: string | null;
                                description: string;
                                detail: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{code}/supervision-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ngưỡng cảnh báo sớm và thang báo cáo vượt cấp của đơn vị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            settings: {
                                /** @default 1 */
                                dueSoonRemainingWorkingDays: number;
                                /** @default 80 */
                                dueSoonElapsedPercent: number;
                                /** @default 2 */
                                apologyRiskRemainingWorkingDays: number;
                                /** @default true */
                                riskWhenStepOverdue: boolean;
                                /**
                                 * @default [
                                 *       {
                                 *         "id": "buoc-qua-han",
                                 *         "name": "Bước quá hạn: báo Lãnh đạo phòng",
                                 *         "trigger": {
                                 *           "kind": "step-overdue",
                                 *           "overdueWorkingDays": 0
                                 *         },
                                 *         "notify": "department_head"
                                 *       },
                                 *       {
                                 *         "id": "sap-den-han",
                                 *         "name": "Còn dưới 01 ngày làm việc đến hạn: báo Lãnh đạo Trung tâm",
                                 *         "trigger": {
                                 *           "kind": "legal-due-within",
                                 *           "remainingWorkingDays": 1
                                 *         },
                                 *         "notify": "center_leader"
                                 *       },
                                 *       {
                                 *         "id": "qua-han",
                                 *         "name": "Quá hạn giải quyết: báo Chủ tịch UBND",
                                 *         "trigger": {
                                 *           "kind": "legal-overdue",
                                 *           "overdueWorkingDays": 0
                                 *         },
                                 *         "notify": "chairman"
                                 *       }
                                 *     ]
                                 */
                                ladder: {
                                    id: string;
                                    name: string;
                                    trigger: {
                                        /** @enum {string} */
                                        kind: "step-overdue";
                                        /** @default 0 */
                                        overdueWorkingDays: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "legal-due-within";
                                        /** @default 1 */
                                        remainingWorkingDays: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "legal-overdue";
                                        /** @default 0 */
                                        overdueWorkingDays: number;
                                    };
                                    /** @enum {string} */
                                    notify: "department_head" | "center_leader" | "chairman" | "counter_officer";
                                }[];
                            };
                            isDefault: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        /** Đặt ngưỡng cảnh báo sớm và thang báo cáo vượt cấp (Lãnh đạo Trung tâm của đơn vị hoặc quản trị) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 1 */
                        dueSoonRemainingWorkingDays?: number;
                        /** @default 80 */
                        dueSoonElapsedPercent?: number;
                        /** @default 2 */
                        apologyRiskRemainingWorkingDays?: number;
                        /** @default true */
                        riskWhenStepOverdue?: boolean;
                        /**
                         * @default [
                         *       {
                         *         "id": "buoc-qua-han",
                         *         "name": "Bước quá hạn: báo Lãnh đạo phòng",
                         *         "trigger": {
                         *           "kind": "step-overdue",
                         *           "overdueWorkingDays": 0
                         *         },
                         *         "notify": "department_head"
                         *       },
                         *       {
                         *         "id": "sap-den-han",
                         *         "name": "Còn dưới 01 ngày làm việc đến hạn: báo Lãnh đạo Trung tâm",
                         *         "trigger": {
                         *           "kind": "legal-due-within",
                         *           "remainingWorkingDays": 1
                         *         },
                         *         "notify": "center_leader"
                         *       },
                         *       {
                         *         "id": "qua-han",
                         *         "name": "Quá hạn giải quyết: báo Chủ tịch UBND",
                         *         "trigger": {
                         *           "kind": "legal-overdue",
                         *           "overdueWorkingDays": 0
                         *         },
                         *         "notify": "chairman"
                         *       }
                         *     ]
                         */
                        ladder?: {
                            id: string;
                            name: string;
                            trigger: {
                                /** @enum {string} */
                                kind: "step-overdue";
                                /** @default 0 */
                                overdueWorkingDays?: number;
                            } | {
                                /** @enum {string} */
                                kind: "legal-due-within";
                                /** @default 1 */
                                remainingWorkingDays?: number;
                            } | {
                                /** @enum {string} */
                                kind: "legal-overdue";
                                /** @default 0 */
                                overdueWorkingDays?: number;
                            };
                            /** @enum {string} */
                            notify: "department_head" | "center_leader" | "chairman" | "counter_officer";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            settings: {
                                /** @default 1 */
                                dueSoonRemainingWorkingDays: number;
                                /** @default 80 */
                                dueSoonElapsedPercent: number;
                                /** @default 2 */
                                apologyRiskRemainingWorkingDays: number;
                                /** @default true */
                                riskWhenStepOverdue: boolean;
                                /**
                                 * @default [
                                 *       {
                                 *         "id": "buoc-qua-han",
                                 *         "name": "Bước quá hạn: báo Lãnh đạo phòng",
                                 *         "trigger": {
                                 *           "kind": "step-overdue",
                                 *           "overdueWorkingDays": 0
                                 *         },
                                 *         "notify": "department_head"
                                 *       },
                                 *       {
                                 *         "id": "sap-den-han",
                                 *         "name": "Còn dưới 01 ngày làm việc đến hạn: báo Lãnh đạo Trung tâm",
                                 *         "trigger": {
                                 *           "kind": "legal-due-within",
                                 *           "remainingWorkingDays": 1
                                 *         },
                                 *         "notify": "center_leader"
                                 *       },
                                 *       {
                                 *         "id": "qua-han",
                                 *         "name": "Quá hạn giải quyết: báo Chủ tịch UBND",
                                 *         "trigger": {
                                 *           "kind": "legal-overdue",
                                 *           "overdueWorkingDays": 0
                                 *         },
                                 *         "notify": "chairman"
                                 *       }
                                 *     ]
                                 */
                                ladder: {
                                    id: string;
                                    name: string;
                                    trigger: {
                                        /** @enum {string} */
                                        kind: "step-overdue";
                                        /** @default 0 */
                                        overdueWorkingDays: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "legal-due-within";
                                        /** @default 1 */
                                        remainingWorkingDays: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "legal-overdue";
                                        /** @default 0 */
                                        overdueWorkingDays: number;
                                    };
                                    /** @enum {string} */
                                    notify: "department_head" | "center_leader" | "chairman" | "counter_officer";
                                }[];
                            };
                            isDefault: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizens/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thông tin công dân từ hồ sơ gần nhất tại đơn vị theo số CCCD (điền sẵn phiếu tiếp nhận; chỉ công chức tiếp nhận)
         * @description Số CCCD gửi trong thân yêu cầu (không nằm trên địa chỉ, nên không vào nhật ký truy cập). 404 khi đơn vị chưa có hồ sơ nào của số này.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        idNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                            };
                            fromDossier: {
                                code: string;
                                receivedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
