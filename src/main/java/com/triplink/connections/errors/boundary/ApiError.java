package com.triplink.connections.errors.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error body of this API, in JSON and XML. */
@XmlRootElement(name = "Error")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"code", "message", "errorId"})
@JsonbPropertyOrder({"code", "message", "errorId"})
@Schema(name = "Error", description = "Every error of this API has this shape.")
public class ApiError {

    @XmlElement(name = "Code")
    @JsonbProperty("Code")
    @JsonbNillable
    @Schema(name = "Code", description = "Stable machine-readable code",
            example = "INVALID_PARAMETER")
    public String code;

    @XmlElement(name = "Message")
    @JsonbProperty("Message")
    @JsonbNillable
    @Schema(name = "Message", description = "What was wrong and what is allowed")
    public String message;

    @XmlElement(name = "ErrorId")
    @JsonbProperty("ErrorId")
    @JsonbNillable
    @Schema(name = "ErrorId", description = "Also written to the server log with this error")
    public String errorId;

    public ApiError() {
    }

    public ApiError(String code, String message, String errorId) {
        this.code = code;
        this.message = message;
        this.errorId = errorId;
    }
}
